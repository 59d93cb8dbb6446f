using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Utility;

namespace DomainModel.Serialization;

/// <summary>
/// JSON contracts for every value type of this library, built without reflection, for apps where reflection-based
/// System.Text.Json is off: Native AOT, trimmed apps and .NET 10 file-based apps (<c>dotnet run app.cs</c>).
/// Set it as <see cref="JsonSerializerOptions.TypeInfoResolver"/>, or combine it with your own source-generated
/// context (<c>JsonTypeInfoResolver.Combine(DomainModelJsonResolver.Default, MyContext.Default)</c>) for your types
/// that hold ours.
/// </summary>
/// <remarks>
/// <para><b>Covered:</b> <see cref="Money"/>, <see cref="Currency"/>, <see cref="ExchangeRate"/>,
/// <see cref="RateValidity"/>, <see cref="DateRange"/>, <see cref="CountKind"/>, <see cref="UnitCount"/>,
/// <see cref="PricePerUnit"/>, <see cref="TokenVolume"/>, <see cref="TokenRate"/>, <see cref="TokenVolumeOver"/>, <see cref="ActiveUsers"/>,
/// <see cref="Share"/>, <see cref="FiscalYear"/>, <see cref="FiscalQuarter"/>, <see cref="Estimate"/> and <see cref="Estimate{T}"/> of Money, UnitCount, PricePerUnit, TokenRate, TokenVolumeOver, ActiveUsers and Share, each also as a nullable value
/// (<c>Money?</c>). Any other type gets null, so the next resolver of a combination answers for it. The shapes are
/// those of the types' converters (docs/json.md), the same as with reflection.</para>
/// <para><b>Configuration:</b> a custom <see cref="CurrencyCatalog"/> and your fiscal calendars are registered once with
/// <see cref="DomainModelJson.AddDomainModel(JsonSerializerOptions, CurrencyCatalog, IEnumerable{FiscalCalendar})"/>;
/// the resolver's converters read them from the options. A converter of your own for one of these types in
/// <see cref="JsonSerializerOptions.Converters"/> is used instead of the library's.</para>
/// <para>The claims layer's types (<c>Claim&lt;T&gt;</c>, <c>ResolvedPeriod</c>) are answered by
/// <c>DomainModel.Claims.ClaimsJsonResolver</c> of the DomainModel.Claims package, which answers for these too.</para>
/// <para>Stateless, immutable and thread-safe; <see cref="Default"/> is the one instance.</para>
/// </remarks>
/// <example>
/// <code>
/// var options = new JsonSerializerOptions { TypeInfoResolver = DomainModelJsonResolver.Default };
/// string json = JsonSerializer.Serialize(new Money(160_000_000_000m, Currency.FromCode("CNY")), options);
/// </code>
/// </example>
public sealed class DomainModelJsonResolver : IJsonTypeInfoResolver
{
    private static readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Factories = Build();

    private DomainModelJsonResolver()
    {
    }

    /// <summary>The resolver.</summary>
    public static DomainModelJsonResolver Default { get; } = new();

    /// <summary>The types this resolver answers for, value types also as nullable.</summary>
    public static IReadOnlyCollection<Type> Types => Factories.Keys;

    /// <summary>The contract of one of this library's value types, or null for any other type.</summary>
    /// <param name="type">The type asked for.</param>
    /// <param name="options">The options the contract is for.</param>
    /// <returns>The contract, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> or <paramref name="options"/> is null.</exception>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckNotNull(options);
        return Factories.TryGetValue(type, out var factory) ? factory(options) : null;
    }

    private static Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Build()
    {
        var factories = new Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>>();
        AddValue(factories, () => MoneyJsonConverter.Instance);
        AddValue(factories, () => CurrencyJsonConverter.Instance);
        Add(factories, () => ExchangeRateJsonConverter.Instance);
        AddValue(factories, () => RateValidityJsonConverter.Instance);
        AddValue(factories, () => DateRangeJsonConverter.Instance);
        AddValue(factories, () => CountKindJsonConverter.Instance);
        AddValue(factories, () => UnitCountJsonConverter.Instance);
        AddValue(factories, () => PricePerUnitJsonConverter.Instance);
        AddValue(factories, () => TokenVolumeJsonConverter.Instance);
        AddValue(factories, () => TokenRateJsonConverter.Instance);
        AddValue(factories, () => TokenVolumeOverJsonConverter.Instance);
        AddValue(factories, () => ActiveUsersJsonConverter.Instance);
        AddValue(factories, () => ShareJsonConverter.Instance);
        AddValue(factories, () => new FiscalYearJsonConverter());
        AddValue(factories, () => new FiscalQuarterJsonConverter());
        AddValue(factories, () => EstimateJsonConverter.Instance);
        AddValue(factories, EstimableJsonConverters.Estimate<Money>);
        AddValue(factories, EstimableJsonConverters.Estimate<UnitCount>);
        AddValue(factories, EstimableJsonConverters.Estimate<PricePerUnit>);
        AddValue(factories, EstimableJsonConverters.Estimate<TokenRate>);
        AddValue(factories, EstimableJsonConverters.Estimate<TokenVolumeOver>);
        AddValue(factories, EstimableJsonConverters.Estimate<ActiveUsers>);
        AddValue(factories, EstimableJsonConverters.Estimate<Share>);
        return factories;
    }

    internal static void Add<T>(Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> factories, Func<JsonConverter<T>> create) =>
        factories[typeof(T)] = options => JsonMetadataServices.CreateValueInfo<T>(options, Pick(options, create));

    internal static void AddValue<T>(Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> factories, Func<JsonConverter<T>> create)
        where T : struct
    {
        Add(factories, create);
        factories[typeof(T?)] = options => JsonMetadataServices.CreateValueInfo<T?>(
            options,
            JsonMetadataServices.GetNullableConverter(JsonMetadataServices.CreateValueInfo<T>(options, Pick(options, create))));
    }

    /// <summary>The first converter for T in the options, else the library's.</summary>
    private static JsonConverter<T> Pick<T>(JsonSerializerOptions options, Func<JsonConverter<T>> create)
    {
        foreach (var candidate in options.Converters)
        {
            if (candidate is JsonConverter<T> exact)
            {
                return exact;
            }
        }

        return create();
    }
}
