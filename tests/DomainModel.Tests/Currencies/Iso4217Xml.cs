using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace DomainModel.Tests.Currencies;

/// <summary>Reads the SIX ISO 4217 XML files, independently of the library, for the table tests and the table writer.</summary>
internal static class Iso4217Xml
{
    public sealed record Row(string Country, string CurrencyName, string? Code, int? Numeric, int? MinorUnits, bool IsFund, string? Withdrawn);

    public static string Folder => Path.Combine(System.AppContext.BaseDirectory, "Iso4217");

    public static (string Published, IReadOnlyList<Row> Rows) ListOne()
    {
        var doc = XDocument.Load(Path.Combine(Folder, "list-one.xml"));
        var rows = doc.Descendants("CcyNtry").Select(e => new Row(
            (string)e.Element("CtryNm")!,
            (string)e.Element("CcyNm")!,
            (string?)e.Element("Ccy"),
            ParseInt((string?)e.Element("CcyNbr")),
            ParseInt((string?)e.Element("CcyMnrUnts")),
            IsFund(e.Element("CcyNm")!),
            null)).ToList();
        return ((string)doc.Root!.Attribute("Pblshd")!, rows);
    }

    public static (string Published, IReadOnlyList<Row> Rows) ListThree()
    {
        var doc = XDocument.Load(Path.Combine(Folder, "list-three.xml"));
        var rows = doc.Descendants("HstrcCcyNtry").Select(e => new Row(
            (string)e.Element("CtryNm")!,
            (string)e.Element("CcyNm")!,
            (string)e.Element("Ccy")!,
            ParseInt((string?)e.Element("CcyNbr")),
            null,
            IsFund(e.Element("CcyNm")!),
            (string)e.Element("WthdrwlDt")!)).ToList();
        return ((string)doc.Root!.Attribute("Pblshd")!, rows);
    }

    // "N.A." (no minor unit) and a missing element both read as null.
    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;

    // List Three spells one flag "WAHR" (German for true); any value but "false" marks a fund.
    private static bool IsFund(XElement name) =>
        name.Attribute("IsFund") is { } flag && !string.Equals(flag.Value, "false", System.StringComparison.OrdinalIgnoreCase);
}
