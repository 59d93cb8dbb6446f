using System;
using System.Globalization;
using System.Net;
using DomainModel.Currencies;
using DomainModel.Monetary;
using DomainModel.Quantities;

namespace DomainModel.Display;

/// <summary>
/// The display form of the library's values, for notebooks: one line, invariant, digits grouped by thousands
/// (<c>CNY 160,000,000,000.00</c>, <c>40,000 × H200 GPU</c>). <c>ToString()</c> stays the ungrouped invariant round-trip
/// form (<c>CNY 160000000000</c>): grouping is for reading, and a grouped form would not parse back in every culture.
/// The HTML form shows the display text and keeps the exact round-trip text in its tooltip.
/// </summary>
internal static class DisplayText
{
    private const string Grouped = "#,0.############################";

    internal static string Plain(object value) => value switch
    {
        Money m => m.ToString("C", CultureInfo.InvariantCulture),
        Currency c => c.Code + " (" + c.Name + ")",
        TokenVolume v => v.ToString(Grouped, CultureInfo.InvariantCulture),
        UnitCount u => FormattableString.Invariant($"{u.Count:N0} × {u.Kind}"),
        PricePerUnit p => p.Price.ToString("C", CultureInfo.InvariantCulture) + " per " + p.Kind,
        ActiveUsers a => FormattableString.Invariant($"{a.Users:N0} {a.Kind.Name}s, {a.PeriodStart:yyyy-MM-dd}..{a.PeriodEnd:yyyy-MM-dd}"),
        _ => value.ToString() ?? string.Empty,
    };

    internal static string Html(object value)
    {
        string exact = value.ToString() ?? string.Empty;
        return "<span class=\"domainmodel-value\" title=\"" + WebUtility.HtmlEncode(value.GetType().Name + ": " + exact) + "\">"
            + WebUtility.HtmlEncode(Plain(value)) + "</span>";
    }
}
