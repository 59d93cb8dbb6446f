using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Serialization;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.Serialization;

/// <summary>
/// The reflection-free resolver: alone in the options it serves every value type (the way Native AOT and file-based
/// apps run, where reflection-based JSON is off), answers null for any other type, and lets converters in the
/// options win.
/// </summary>
public sealed class DomainModelJsonResolverTests
{
    private static readonly Type[] ValueTypesWithConverter = WithConverter(typeof(Money).Assembly);

    private static readonly Type[] ClaimsTypesWithConverter = WithConverter(typeof(ClaimsDocument).Assembly);

    [Fact]
    public void EveryTypeWithAConverter_IsCovered_AlsoAsNullable()
    {
        Assert.Equal(16, ValueTypesWithConverter.Length);
        Assert.Equal([typeof(ResolvedPeriod)], ClaimsTypesWithConverter);
        Assert.Equal([typeof(Estimate<>)], GenericWithConverter(typeof(Money).Assembly));
        Assert.Equal([typeof(Claim<>)], GenericWithConverter(typeof(ClaimsDocument).Assembly));
        foreach (var quantity in new[] { typeof(Money), typeof(UnitCount), typeof(PricePerUnit), typeof(TokenRate), typeof(ActiveUsers), typeof(Share) })
        {
            AssertCovered(DomainModelJsonResolver.Default, DomainModelJsonResolver.Types, typeof(Estimate<>).MakeGenericType(quantity));
            AssertCovered(ClaimsJsonResolver.Default, ClaimsJsonResolver.Types, typeof(Claim<>).MakeGenericType(quantity));
        }

        foreach (var type in ValueTypesWithConverter)
        {
            AssertCovered(DomainModelJsonResolver.Default, DomainModelJsonResolver.Types, type);
            AssertCovered(ClaimsJsonResolver.Default, null, type);
        }

        foreach (var type in ClaimsTypesWithConverter)
        {
            Assert.Null(DomainModelJsonResolver.Default.GetTypeInfo(type, new JsonSerializerOptions()));
            AssertCovered(ClaimsJsonResolver.Default, ClaimsJsonResolver.Types, type);
        }
    }

    private static Type[] WithConverter(Assembly assembly) => assembly.GetExportedTypes()
        .Where(t => !t.IsGenericTypeDefinition && t.GetCustomAttribute<JsonConverterAttribute>() is not null)
        .ToArray();

    private static Type[] GenericWithConverter(Assembly assembly) => assembly.GetExportedTypes()
        .Where(t => t.IsGenericTypeDefinition && t.GetCustomAttribute<JsonConverterAttribute>() is not null)
        .ToArray();

    private static void AssertCovered(IJsonTypeInfoResolver resolver, IReadOnlyCollection<Type>? types, Type type)
    {
        if (types is not null)
        {
            Assert.Contains(type, types);
            if (type.IsValueType)
            {
                Assert.Contains(typeof(Nullable<>).MakeGenericType(type), types);
            }
        }

        var info = resolver.GetTypeInfo(type, new JsonSerializerOptions());
        Assert.NotNull(info);
        Assert.Equal(type, info!.Type);
        Assert.Equal(JsonTypeInfoKind.None, info.Kind);
        var expected = (type.IsGenericType ? type.GetGenericTypeDefinition() : type).GetCustomAttribute<JsonConverterAttribute>()!.ConverterType!;
        if (typeof(JsonConverterFactory).IsAssignableFrom(expected))
        {
            expected = ((JsonConverterFactory)Activator.CreateInstance(expected)!).CreateConverter(type, new JsonSerializerOptions())!.GetType();
        }

        Assert.IsType(expected, info.Converter);
    }

    [Fact]
    public void OtherTypes_GetNull_SoTheResolverAloneNeverFallsBackOnReflection()
    {
        Assert.Null(DomainModelJsonResolver.Default.GetTypeInfo(typeof(string), new JsonSerializerOptions()));
        var options = new JsonSerializerOptions { TypeInfoResolver = DomainModelJsonResolver.Default };
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Serialize(new List<Money>(), options));
    }

    [Fact]
    public void Alone_SerializesAndReadsMoney()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = DomainModelJsonResolver.Default };
        var money = new Money(160_000_000_000m, Currency.FromCode("CNY"));
        string json = JsonSerializer.Serialize(money, options);
        Assert.Equal("{\"amount\":160000000000,\"currency\":\"CNY\"}", json);
        Assert.Equal(money, JsonSerializer.Deserialize<Money>(json, options));
        Assert.Equal("null", JsonSerializer.Serialize<Money?>(null, options));
    }

    [Fact]
    public void Combined_WithAResolverForCollections_ServesListsOfValues()
    {
        var lists = new DefaultJsonTypeInfoResolver();
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(DomainModelJsonResolver.Default, lists) };
        var values = new List<Money> { new(1.50m, Currency.FromCode("USD")), new(20_000m, Currency.FromCode("EUR")) };
        Assert.Equal(values, JsonSerializer.Deserialize<List<Money>>(JsonSerializer.Serialize(values, options), options));
    }

    [Fact]
    public void TheRegisteredCatalog_IsUsed()
    {
        var xcg = DomainArbitraries.Xcg;
        var money = new Money(5m, xcg);
        var plain = new JsonSerializerOptions { TypeInfoResolver = DomainModelJsonResolver.Default };
        string json = JsonSerializer.Serialize(money, plain);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Money>(json, plain));
        var withCatalog = new JsonSerializerOptions { TypeInfoResolver = DomainModelJsonResolver.Default }.AddDomainModel(CurrencyCatalog.Iso4217.With(xcg));
        Assert.Equal(money, JsonSerializer.Deserialize<Money>(json, withCatalog));
    }
}
