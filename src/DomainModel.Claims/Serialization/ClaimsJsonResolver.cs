using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// JSON contracts, built without reflection, for the claims layer's types (<see cref="Claim{T}"/> of Money,
/// UnitCount, PricePerUnit, TokenRate, TokenVolumeOver, ActiveUsers and Share, and <see cref="ResolvedPeriod"/>) and, through
/// <see cref="DomainModelJsonResolver"/>, for every value type of DomainModel: one resolver for an app that
/// serializes claims under Native AOT, trimming or a .NET 10 file-based app.
/// </summary>
/// <remarks>
/// <para>Any other type gets null, so the next resolver of a combination answers for it. Converters in the options
/// win over the library's, as with <see cref="DomainModelJsonResolver"/>.</para>
/// <para>Stateless, immutable and thread-safe; <see cref="Default"/> is the one instance.</para>
/// </remarks>
/// <example>
/// <code>
/// var options = new JsonSerializerOptions { TypeInfoResolver = ClaimsJsonResolver.Default };
/// </code>
/// </example>
public sealed class ClaimsJsonResolver : IJsonTypeInfoResolver
{
    private static readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Factories = Build();

    private ClaimsJsonResolver()
    {
    }

    /// <summary>The resolver.</summary>
    public static ClaimsJsonResolver Default { get; } = new();

    /// <summary>The types this resolver answers for itself (value types also as nullable); the value types of
    /// <see cref="DomainModelJsonResolver.Types"/> are answered too.</summary>
    public static IReadOnlyCollection<Type> Types => Factories.Keys;

    /// <summary>The contract of one of the claims layer's or DomainModel's types, or null for any other type.</summary>
    /// <param name="type">The type asked for.</param>
    /// <param name="options">The options the contract is for.</param>
    /// <returns>The contract, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> or <paramref name="options"/> is null.</exception>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckNotNull(options);
        return Factories.TryGetValue(type, out var factory)
            ? factory(options)
            : DomainModelJsonResolver.Default.GetTypeInfo(type, options);
    }

    private static Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Build()
    {
        var factories = new Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>>();
        DomainModelJsonResolver.AddValue(factories, () => ResolvedPeriodJsonConverter.Instance);
        DomainModelJsonResolver.Add(factories, () => new ClaimJsonConverter<Money>());
        DomainModelJsonResolver.Add(factories, () => new ClaimJsonConverter<UnitCount>());
        DomainModelJsonResolver.Add(factories, () => new ClaimJsonConverter<PricePerUnit>());
        DomainModelJsonResolver.Add(factories, () => new ClaimJsonConverter<TokenRate>());
        DomainModelJsonResolver.Add(factories, () => new ClaimJsonConverter<TokenVolumeOver>());
        DomainModelJsonResolver.Add(factories, () => new ClaimJsonConverter<ActiveUsers>());
        DomainModelJsonResolver.Add(factories, () => new ClaimJsonConverter<Share>());
        return factories;
    }
}
