using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using DomainModel.Claims;
using DomainModel.Exchange;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Api;

/// <summary>
/// Every public parser lists what it throws, and throws nothing else: each public static <c>Parse…</c> method of both
/// packages documents its exceptions in its XML comment (<c>&lt;exception cref&gt;</c>, read from the generated XML
/// files), among them the one format exception (or, for a claims document, its JSON exception); and every overload that
/// takes the text as a string, called with null and with refused text, throws only exceptions of the documented types.
/// </summary>
public sealed class DocumentedExceptionTests
{
    private static readonly Assembly[] Assemblies = [typeof(Money).Assembly, typeof(ClaimsDocument).Assembly];

    // The text "Parse" reads; null first. Each is refused by at least one parser.
    private static readonly string?[] BadTexts =
        [null, "", "   ", "zz", "USD", "USD 1,2,3", "1e999", "\uD800", "99999999999999999999999999999 USD", "2025-02-30", "{", "x × ", "tra 5 e", "Q4 FY2026"];

    // SourceChain.Parse splits "A citing B" into links and refuses a blank one as an argument: not a text form.
    private static readonly HashSet<string> NotTextForms = ["DomainModel.Claims.SourceChain.Parse"];

    private static readonly Lazy<Dictionary<string, string[]>> Documented = new(() =>
        Assemblies
            .Select(a => Path.ChangeExtension(a.Location, ".xml"))
            .SelectMany(path => XDocument.Load(path).Descendants("member"))
            .ToDictionary(
                m => (string)m.Attribute("name")!,
                m => m.Elements("exception").Select(e => ((string)e.Attribute("cref")!).Replace("T:", string.Empty, StringComparison.Ordinal)).ToArray()));

    public static TheoryData<string> Parsers()
    {
        var data = new TheoryData<string>();
        foreach (var m in ParserMethods())
        {
            data.Add(DocId(m));
        }

        return data;
    }

    [Fact]
    public void TheParsers_AreFound()
    {
        var names = ParserMethods().Select(m => $"{m.DeclaringType!.Name}.{m.Name}").ToHashSet();
        foreach (string expected in (string[])["Money.Parse", "Currency.Parse", "ExchangeRate.Parse", "ExchangeRate.ParseMarket", "RateValidity.Parse", "DateRange.Parse", "UnitCount.Parse", "PricePerUnit.Parse", "ActiveUsers.Parse", "TokenVolume.Parse", "NewsNumberParser.Parse", "NewsNumberParser.ParseRange", "ResolvedPeriod.Parse", "ClaimsDocument.Parse"])
        {
            Assert.Contains(expected, names);
        }
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void Parser_DocumentsTheFormatException(string docId)
    {
        var method = ParserMethods().Single(m => DocId(m) == docId);
        Assert.True(Documented.Value.TryGetValue(docId, out var documented), $"{docId} has no XML comment.");
        Assert.NotEmpty(documented);
        var types = documented.Select(Resolve).ToArray();
        Assert.All(types, t => Assert.True(typeof(Exception).IsAssignableFrom(t), $"{docId}: {t} is not an exception."));
        if (!NotTextForms.Contains($"{method.DeclaringType!.FullName}.{method.Name}"))
        {
            Assert.Contains(types, t => typeof(DomainModelFormatException).IsAssignableFrom(t) || t == typeof(ClaimsDocumentException));
        }
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void Parser_ThrowsOnlyWhatItDocuments(string docId)
    {
        var method = ParserMethods().Single(m => DocId(m) == docId);
        var parameters = method.GetParameters();
        int text = Array.FindIndex(parameters, p => p.ParameterType == typeof(string));
        if (text < 0 || parameters.Any(p => p.ParameterType.IsByRefLike))
        {
            return; // span and UTF-8 overloads: their string twins are called
        }

        var documented = Documented.Value[docId].Select(Resolve).ToArray();
        foreach (string? bad in BadTexts)
        {
            var args = parameters.Select((p, i) => i == text ? bad : Argument(p)).ToArray();
            try
            {
                method.Invoke(null, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is { } thrown)
            {
                Assert.True(
                    documented.Any(t => t.IsInstanceOfType(thrown)),
                    $"{docId} with {(bad is null ? "null" : "'" + bad + "'")} threw {thrown.GetType()}: {thrown.Message}; documented are {string.Join(", ", documented.Select(t => t.Name))}.");
            }
        }
    }

    private static IEnumerable<MethodInfo> ParserMethods() =>
        Assemblies.SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.StartsWith("Parse", StringComparison.Ordinal) && !m.IsSpecialName && !m.IsGenericMethodDefinition);

    // A valid value for every other parameter a parser takes.
    private static object? Argument(ParameterInfo p) => p.ParameterType switch
    {
        var t when t == typeof(string) => "ECB",
        var t when t == typeof(DateOnly) => new DateOnly(2025, 12, 31),
        var t when t == typeof(Currency) => Currency.USD,
        var t when t == typeof(RateValidity) => new RateValidity(new DateOnly(2025, 12, 5)),
        var t when t == typeof(NumberConventions) => NumberConventions.Invariant,
        var t when t == typeof(FiscalCalendar) => FiscalCalendars.Microsoft,
        var t when t == typeof(ClaimsDocumentOptions) => ClaimsDocumentOptions.Default,
        var t when t == typeof(CultureInfo) || t == typeof(IFormatProvider) || t == typeof(MoneyParseOptions) || t == typeof(CurrencyCatalog) => null,
        var t when t.IsEnum => Enum.GetValues(t).GetValue(0),
        var t when t.IsValueType => Activator.CreateInstance(t),
        _ => null,
    };

    private static Type Resolve(string cref) =>
        Type.GetType(cref) ?? Assemblies.Select(a => a.GetType(cref)).FirstOrDefault(t => t is not null)
        ?? throw new InvalidOperationException($"The documented exception {cref} is not a type.");

    private static string DocId(MethodInfo m)
    {
        var parameters = m.GetParameters().Select(p => TypeId(p.ParameterType)).ToArray();
        return $"M:{m.DeclaringType!.FullName}.{m.Name}" + (parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters) + ")");
    }

    private static string TypeId(Type t)
    {
        if (t.IsByRef)
        {
            return TypeId(t.GetElementType()!) + "@";
        }

        if (t.IsArray)
        {
            return TypeId(t.GetElementType()!) + "[]";
        }

        if (t.IsGenericType)
        {
            string name = t.GetGenericTypeDefinition().FullName!;
            name = name[..name.IndexOf('`', StringComparison.Ordinal)];
            return name.Replace('+', '.') + "{" + string.Join(",", t.GetGenericArguments().Select(TypeId)) + "}";
        }

        return t.FullName!.Replace('+', '.');
    }
}
