using System;
using System.Text;
using DomainModel.ArticleReport.Cli;

// The article's claims report: every figure as a typed claim, the checks of its words against its numbers (with the
// exchange rates behind the two-currency statement), what the library computes from them.
// Usage: claimcheck [check] [ARTICLE DOCUMENT ...] [options] | claimcheck draft ARTICLE ... | --version | --help (examples).
Console.OutputEncoding = Encoding.UTF8;
bool terminal = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
    && Environment.GetEnvironmentVariable("TERM") is not (null or "" or "dumb");
int width = terminal ? Math.Clamp(SafeWidth(), 80, 200) : 140;
bool progress = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not (null or "" or "dumb");
return ReportRunner.Run(args, Console.In, Console.Out, Console.Error, terminal, width, progress);

static int SafeWidth()
{
    try
    {
        return Console.WindowWidth;
    }
    catch (System.IO.IOException)
    {
        return 140;
    }
}
