using System;
using System.Globalization;
using System.Net;

namespace DomainModel.Utility;

/// <summary>
/// The display form of the library's values, for notebooks: one line, invariant, digits grouped by thousands
/// (<c>CNY 160,000,000,000.00</c>, <c>40,000 × H200 GPU</c>). <c>ToString()</c> stays the ungrouped invariant round-trip
/// form (<c>CNY 160000000000</c>): grouping is for reading, and a grouped form would not parse back in every culture.
/// The HTML form shows the display text and keeps the exact round-trip text in its tooltip.
/// </summary>
internal static class DisplayText
{
    internal static string Plain(object value) => value is IDisplayable displayable ? displayable.DisplayText() : value.ToString() ?? string.Empty;

    internal static string Html(object value)
    {
        string exact = value.ToString() ?? string.Empty;
        return "<span class=\"domainmodel-value\" title=\"" + WebUtility.HtmlEncode(value.GetType().Name + ": " + exact) + "\">"
            + WebUtility.HtmlEncode(Plain(value)) + "</span>";
    }
}
