using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// The factory behind <see cref="Claim{T}"/>'s <c>[JsonConverter]</c>: a <see cref="ClaimJsonConverter{T}"/> for each
/// quantity of the library, found without reflection; a claim of any other quantity is refused with one clear
/// <see cref="NotSupportedException"/>.
/// </summary>
internal sealed class ClaimJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Claim<>);

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(typeToConvert);
        var quantity = typeToConvert.GetGenericArguments()[0];
        return quantity == typeof(Money) ? new ClaimJsonConverter<Money>()
            : quantity == typeof(UnitCount) ? new ClaimJsonConverter<UnitCount>()
            : quantity == typeof(PricePerUnit) ? new ClaimJsonConverter<PricePerUnit>()
            : quantity == typeof(TokenRate) ? new ClaimJsonConverter<TokenRate>()
            : quantity == typeof(TokenVolumeOver) ? new ClaimJsonConverter<TokenVolumeOver>()
            : quantity == typeof(ActiveUsers) ? new ClaimJsonConverter<ActiveUsers>()
            : quantity == typeof(Share) ? new ClaimJsonConverter<Share>()
            : throw EstimableJsonConverters.Unsupported(quantity);
    }
}
