using System;
using System.Globalization;

namespace DomainModel.ArticleReport;

/// <summary>The report's command line.</summary>
internal sealed record ReportOptions(DateOnly AsOf, string? EcbFile)
{
    /// <summary>
    /// The article reports December 2025 figures ("A dicembre, questa cifra è salita a 50 trilioni") and plans for
    /// 2026, so without --as-of its periods are resolved as of the last day of December 2025.
    /// </summary>
    public static readonly DateOnly DefaultAsOf = new(2025, 12, 31);

    public const string Usage = "usage: DomainModel.ArticleReport [--as-of yyyy-MM-dd] [--ecb eurofxref-hist.csv|eurofxref-hist.xml|eurofxref-daily.xml]";

    public static ReportOptions Parse(string[] args)
    {
        var asOf = DefaultAsOf;
        string? ecb = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--as-of" when i + 1 < args.Length:
                    asOf = DateOnly.ParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                case "--ecb" when i + 1 < args.Length:
                    ecb = args[++i];
                    break;
                default:
                    throw new ArgumentException($"Unknown or incomplete option '{args[i]}'.");
            }
        }

        return new ReportOptions(asOf, ecb);
    }
}
