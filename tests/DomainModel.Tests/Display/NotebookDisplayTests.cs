using System;
using System.Collections;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Text;
using Microsoft.DotNet.Interactive.Formatting;
using Xunit;

namespace DomainModel.Tests.Display;

/// <summary>
/// Notebook display: .NET Interactive's own formatter (the package notebooks load) finds the library's formatters by
/// convention and shows each value on one line, instead of a table of every property. A second test walks the same
/// convention by reflection, so the contract stays checked even without the package.
/// </summary>
public sealed class NotebookDisplayTests
{
    private static readonly Money Yuan = new(160_000_000_000m, Currency.FromCode("CNY"));

    public static TheoryData<object, string> Values() => new()
    {
        { Yuan, "CNY 160,000,000,000.00" },
        { Currency.FromCode("EUR"), "EUR (Euro)" },
        { new ExchangeRate(Currency.FromCode("USD"), Currency.FromCode("CNY"), 7.1234m, new DateOnly(2025, 12, 5), RateKind.Spot, "ECB"), "USD/CNY 7.1234 2025-12-05 Spot ECB" },
        { new RateValidity(new DateOnly(2025, 12, 5)), "2025-12-05" },
        { new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2025, 6, 30)), "2024-07-01..2025-06-30" },
        { TokenVolume.FromTokens(20_000m), "20,000 tokens" },
        { TokenVolume.FromTrillions(50m), "50 T tokens" },
        { TokenRate.PerDay(TokenVolume.FromTrillions(50m)), "50 T tokens per 1 d" },
        { new UnitCount(40_000, new CountKind("H200 GPU")), "40,000 × H200 GPU" },
        { new PricePerUnit(new Money(30_000m, Currency.FromCode("USD")), new CountKind("H200 GPU")), "USD 30,000.00 per H200 GPU" },
        { ActiveUsers.Monthly(157_000_000, 2025, 8), "157,000,000 monthly active users, 2025-08-01..2025-08-31" },
        { new Share(85m, 150m), "85/150 (56.67 %)" },
        { new FiscalYear(FiscalCalendars.Microsoft, 2025), "Microsoft FY2025 (2024-07-01..2025-06-30)" },
        { new FiscalQuarter(new FiscalYear(FiscalCalendars.Microsoft, 2025), 1), "Microsoft FY2025 Q1 (2024-07-01..2024-09-30)" },
        { Estimate.Rounded(160m, 1m), "Rounded 160 in [159.5, 160.5]" },
        { Estimate.Rounded(Yuan, 1_000_000_000m), "Rounded 160 billion in [159.5 billion, 160.5 billion] CNY" },
        { Estimate.Over(TokenVolume.FromTrillions(30m)), "Over 30 trillion in (30 trillion, +inf) tokens" },
        { Plan, "capex-2026: Rounded 160 billion in [159.5 billion, 160.5 billion] CNY (Exact 2026-01-01..2026-12-31 \"nel 2026\"; Financial Times)" },
        { ClaimChecks.Increase(Budget, Plan), "[Agrees] increase (capex-2025, capex-2026): capex-2025 [149.5 billion, 150.5 billion] CNY (2025-01-01..2025-12-31) to capex-2026 [159.5 billion, 160.5 billion] CNY (2026-01-01..2026-12-31): change [+5.98 %, +7.36 %]" },
    };

    private static readonly ArticleReader Reader = new(
        "ByteDance prevede di investire 160 miliardi di yuan nel 2026, rispetto ai 150 miliardi di yuan stanziati quest’anno.",
        new AsOfDate(new DateOnly(2025, 12, 31), "the article reports December 2025 figures"), NewsLanguage.Italian, ScalePolicy.ShortScale);

    private static readonly Claim<Money> Plan = Reader.Read(
        "capex-2026", "AI budget", "prevede di investire 160 miliardi di yuan", "160 miliardi", "nel 2026", SourceChain.Of("Financial Times"), Money.Zero(Currency.CNY));

    private static readonly Claim<Money> Budget = Reader.Read(
        "capex-2025", "AI budget", "rispetto ai 150 miliardi di yuan stanziati quest’anno", "150 miliardi", "quest’anno", SourceChain.Of("Financial Times").Cite("ByteDance"), Money.Zero(Currency.CNY));

    [Theory]
    [MemberData(nameof(Values))]
    public void DotNetInteractive_ShowsOneLine_InPlainTextAndHtml(object value, string expected)
    {
        Assert.Equal(expected, value.ToDisplayString(PlainTextFormatter.MimeType));
        string html = value.ToDisplayString(HtmlFormatter.MimeType);
        Assert.StartsWith("<span class=\"domainmodel-value\" title=\"" + value.GetType().Name + ": ", html, StringComparison.Ordinal);
        Assert.EndsWith(">" + System.Net.WebUtility.HtmlEncode(expected) + "</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
        Assert.Contains(HtmlFormatter.MimeType, Formatter.GetPreferredMimeTypesFor(value.GetType()));
    }

    [Fact]
    public void Html_KeepsTheExactRoundTripFormInTheTooltip_AndEscapes()
    {
        string html = Yuan.ToDisplayString(HtmlFormatter.MimeType);
        Assert.Contains("title=\"Money: CNY 160000000000\"", html, StringComparison.Ordinal);
        var calendar = FiscalCalendar.CalendarYear("A<b>&c", "made up");
        Assert.Contains("A&lt;b&gt;&amp;c", calendar.ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Convention_WalkedByReflection_AsTheNotebookDoes(object value, string expected)
    {
        var type = value.GetType();
        var attribute = type.GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var mimeTypes = (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!;
        Assert.Equal(["text/html", "text/plain"], mimeTypes);
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = ((IEnumerable)source.GetType().GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>().ToArray();
        Assert.Equal(2, formatters.Length);
        foreach (var formatter in formatters)
        {
            string mime = (string)formatter.GetType().GetProperty("MimeType")!.GetValue(formatter)!;
            var shown = (Type)formatter.GetType().GetProperty("Type")!.GetValue(formatter)!;
            Assert.True(
                shown.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() == shown : shown.IsAssignableFrom(type),
                $"{type.Name}: its formatter is for {shown.Name}");
            using var writer = new StringWriter();
            Assert.True((bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, [value, writer])!);
            Assert.Equal(mime == "text/plain", writer.ToString() == expected);
            using var other = new StringWriter();
            Assert.False((bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, ["not a value", other])!);
        }
    }

    [Fact]
    public void EveryTypeWithAJsonConverter_HasANotebookDisplay()
    {
        foreach (var type in typeof(Money).Assembly.GetExportedTypes().Where(t => t.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonConverterAttribute), false).Length > 0))
        {
            Assert.Contains(type.GetCustomAttributes(true), a => a.GetType().Name == "TypeFormatterSourceAttribute");
        }

        Assert.Contains(typeof(ParsedRange).GetCustomAttributes(true), a => a.GetType().Name == "TypeFormatterSourceAttribute");
    }
}
