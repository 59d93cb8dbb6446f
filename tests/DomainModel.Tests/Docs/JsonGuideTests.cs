using System.Text.Json;
using DomainModel;
using DomainModel.Serialization;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>The code blocks of docs/json.md, run and checked.</summary>
public sealed class JsonGuideTests
{
    [Fact]
    public void WithoutReflection()
    {
        #region snippet: json-resolver
        var options = new JsonSerializerOptions { TypeInfoResolver = DomainModelJsonResolver.Default };
        var money = new Money(160_000_000_000m, Currency.FromCode("CNY"));
        string json = JsonSerializer.Serialize(money, options);            // {"amount":160000000000,"currency":"CNY"}
        Money back = JsonSerializer.Deserialize<Money>(json, options);
        #endregion

        Assert.Equal("""{"amount":160000000000,"currency":"CNY"}""", json);
        Assert.Equal(money, back);
        Assert.Equal(Currency.CNY, back.Currency);
    }
}
