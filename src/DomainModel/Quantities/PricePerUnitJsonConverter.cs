using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Reads and writes a <see cref="PricePerUnit"/> as
/// <c>{"price":{"amount":30000,"currency":"USD"},"kind":"H200 GPU"}</c>: the price in the shape of
/// <see cref="MoneyJsonConverter"/>, the kind its name. Applied to <see cref="PricePerUnit"/> by default; add an
/// instance made with a <see cref="CurrencyCatalog"/> to <see cref="JsonSerializerOptions.Converters"/> to read custom
/// currencies.
/// </summary>
/// <remarks>Both properties are required, each once; null, a non-object, an unknown property, a bad price (see
/// <see cref="MoneyJsonConverter"/>), a negative price and an invalid kind name throw <see cref="JsonException"/> whose
/// message ends with the JSON path of the fault (<c>$.offer.price.amount</c>). Immutable and thread-safe.</remarks>
public sealed class PricePerUnitJsonConverter : JsonConverter<PricePerUnit>
{
    private const string TypeName = nameof(PricePerUnit);
    private static readonly JsonEncodedText PriceName = JsonEncodedText.Encode("price");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");

    /// <summary>A converter that knows the ISO 4217 currencies.</summary>
    public PricePerUnitJsonConverter()
        : this(CurrencyCatalog.Iso4217)
    {
    }

    /// <summary>A converter that also knows the custom currencies of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog to look codes up in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public PricePerUnitJsonConverter(CurrencyCatalog catalog) => Catalog = Preconditions.CheckNotNull(catalog);

    /// <summary>The catalog codes are looked up in.</summary>
    public CurrencyCatalog Catalog { get; }

    /// <summary>Reads a price object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="PricePerUnit"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The price per unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid price object; the message names the path and what is wrong.</exception>
    public override PricePerUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"price\":{\"amount\":…,\"currency\":…},\"kind\":…}");
        Money? price = null;
        CountKind? kind = null;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "price", options))
            {
                JsonRead.CheckOnce(price is not null, name, TypeName);
                price = MoneyJsonConverter.ReadMember(ref reader, name, Catalog, options);
            }
            else if (JsonRead.Is(name, "kind", options))
            {
                JsonRead.CheckOnce(kind is not null, name, TypeName);
                kind = UnitCountJsonConverter.ReadKind(ref reader, name);
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, "\"price\" and \"kind\"");
            }
        }

        var p = price ?? throw JsonRead.Missing("price", TypeName);
        var k = kind ?? throw JsonRead.Missing("kind", TypeName);
        if (p.Amount < 0m)
        {
            throw new JsonValueException(JsonRead.Invariant($"A price per unit cannot be negative ({p})."), "price.amount");
        }

        return new PricePerUnit(p, k);
    }

    /// <summary>Writes the price object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The price per unit.</param>
    /// <param name="options">The options (<see cref="JsonSerializerOptions.NumberHandling"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, PricePerUnit value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        writer.WriteStartObject();
        writer.WritePropertyName(PriceName);
        new MoneyJsonConverter(Catalog).Write(writer, value.Price, options);
        writer.WriteString(KindName, value.Kind.Name);
        writer.WriteEndObject();
    }
}
