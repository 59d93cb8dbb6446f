using System;
using System.Globalization;
using System.IO;
using System.Linq;
using DomainModel.ArticleReport;

// The article's claims report: every figure as a typed claim, the checks of its words against its numbers, and what
// the library computes from them. Options: --as-of yyyy-MM-dd (the date periods are resolved against), --ecb FILE
// (an ECB euro reference-rate file, XML or CSV, to check "160 miliardi di yuan, circa 23 miliardi di dollari").
try
{
    var options = ReportOptions.Parse(args);
    string articlePath = Path.Combine(AppContext.BaseDirectory, "article.it.txt");
    string article = File.ReadAllText(articlePath);
    var report = new ClaimsReport(article, options);
    report.Write(Console.Out);
    return report.AllQuotesFound ? 0 : 1;
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(ReportOptions.Usage);
    return 2;
}
