using System;
using DomainModel.ArticleReport.Cli;

// The article's claims report: every figure as a typed claim, the checks of its words against its numbers, what the
// library computes from them, and the exchange rates behind "160 miliardi di yuan, circa 23 miliardi di dollari".
// Usage: DomainModel.ArticleReport [ARTICLE] [--as-of yyyy-MM-dd] [--rates FILE]; --help for details.
return ReportRunner.Run(args, Console.Out, Console.Error);
