using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Claims;
using DomainModel.Text;

namespace DomainModel.Fuzz;

/// <summary>
/// One fuzz target per parser. Each takes arbitrary text and fails (throws <see cref="FuzzFailure"/> or an
/// undocumented exception) only on a real fault: a Try… that throws, a Parse that throws anything but its documented
/// exception, a Try… and a Parse that disagree, or a value that does not read back from its own text.
/// </summary>
internal static class Targets
{
    internal static readonly IReadOnlyDictionary<string, Action<string>> All = new Dictionary<string, Action<string>>(StringComparer.Ordinal)
    {
        ["money"] = Money_,
        ["currency"] = Currency_,
        ["exchangerate"] = ExchangeRate_,
        ["ratevalidity"] = RateValidity_,
        ["tokenvolume"] = TokenVolume_,
        ["newsnumber"] = NewsNumber,
        ["newsrange"] = NewsRange,
        ["period"] = Period,
        ["json"] = Json,
        ["ecbxml"] = EcbXml,
        ["ecbcsv"] = EcbCsv,
        ["document"] = Document,
        ["documentbytes"] = DocumentBytes,
        ["scanner"] = Scanner,
        ["reader"] = Reader,
        ["draft"] = Draft,
        ["cli"] = CommandLine.Run,
    };

    private static readonly CultureInfo[] Cultures = [CultureInfo.InvariantCulture];

    private static readonly NumberConventions[] Conventions =
        [NumberConventions.Invariant, NumberConventions.Italian, NumberConventions.French, NumberConventions.Indian, NumberConventions.Arabic];

    private static void Money_(string s)
    {
        foreach (var culture in Cultures)
        {
            bool ok = Money.TryParse(s, culture, out var money);
            var thrown = Catch<FormatException>(() => Money.Parse(s, culture));
            Agree(ok, thrown, s);
            if (ok)
            {
                Check(Money.Parse(money.ToString()) == money, "Money.ToString does not read back", s);
            }
        }
    }

    private static void Currency_(string s)
    {
        bool ok = Currency.TryParse(s, null, out var c);
        Agree(ok, Catch<FormatException>(() => Catch<UnknownCurrencyException>(() => Currency.Parse(s, null)) ? throw new FormatException() : null), s);
        if (ok)
        {
            Check(Currency.Parse(c.ToString(), null) == c, "Currency.ToString does not read back", s);
        }
    }

    private static void ExchangeRate_(string s)
    {
        bool ok = ExchangeRate.TryParse(s, null, out var rate);
        Agree(ok, Catch<FormatException>(() => ExchangeRate.Parse(s, null)), s);
        if (ok)
        {
            Check(ExchangeRate.Parse(rate!.ToString(), null).Value == rate.Value, "ExchangeRate.ToString does not read back", s);
        }
    }

    private static void RateValidity_(string s)
    {
        bool ok = RateValidity.TryParse(s, null, out var v);
        Agree(ok, Catch<FormatException>(() => RateValidity.Parse(s, null)), s);
        if (ok)
        {
            Check(RateValidity.Parse(v.ToString(), null) == v, "RateValidity.ToString does not read back", s);
        }
    }

    private static void TokenVolume_(string s)
    {
        bool ok = TokenVolume.TryParse(s, out var v);
        Agree(ok, Catch<FormatException>(() => TokenVolume.Parse(s)), s);
        if (ok)
        {
            Check(TokenVolume.Parse(v.ToString()) == v, "TokenVolume.ToString does not read back", s);
        }
    }

    private static void NewsNumber(string s)
    {
        foreach (var policy in (ScalePolicy[])[ScalePolicy.ShortScale, ScalePolicy.RejectAmbiguous])
        {
            Agree(NewsNumberParser.TryParse(s, policy, null, out _), Catch<DomainModelFormatException>(() => NewsNumberParser.Parse(s, policy)), s);
            foreach (var conventions in Conventions)
            {
                bool ok = NewsNumberParser.TryParse(s, conventions, policy, out var parsed);
                Agree(ok, Catch<DomainModelFormatException>(() => NewsNumberParser.Parse(s, conventions, policy)), s);
                if (ok)
                {
                    foreach (var language in (NewsLanguage[])[NewsLanguage.English, NewsLanguage.Italian])
                    {
                        string text = NewsNumberFormatter.Format(parsed!.Value, language, conventions, policy);
                        Check(NewsNumberParser.Parse(text, conventions, policy).Value == parsed.Value, "news number does not round-trip: " + text, s);
                    }
                }
            }
        }
    }

    private static void NewsRange(string s)
    {
        Agree(NewsNumberParser.TryParseRange(s, ScalePolicy.ShortScale, null, out _), Catch<DomainModelFormatException>(() => NewsNumberParser.ParseRange(s)), s);
        foreach (var conventions in Conventions)
        {
            bool ok = NewsNumberParser.TryParseRange(s, conventions, ScalePolicy.ShortScale, out var range);
            Agree(ok, Catch<DomainModelFormatException>(() => NewsNumberParser.ParseRange(s, conventions)), s);
            if (ok)
            {
                Check(range!.Min.Value <= range.Max.Value, "range bounds reversed", s);
            }
        }
    }

    private static readonly DateOnly[] AsOfDates = [new(2025, 12, 5), new(2026, 1, 1), DateOnly.MinValue, DateOnly.MaxValue];

    /// <summary>The period phrases: every month rule, with no calendar and with a fiscal one, on ordinary and extreme
    /// as-of dates: TryParse never throws and agrees with Parse, whose only refusal is UnresolvedPeriodException; a
    /// resolved period's span contains its bounds and reads back from its own text.</summary>
    private static void Period(string s)
    {
        foreach (var asOf in AsOfDates)
        {
            foreach (var rule in (MonthWithoutYear[])[MonthWithoutYear.Nearest, MonthWithoutYear.MostRecent, MonthWithoutYear.Next])
            {
                foreach (var calendar in (FiscalCalendar?[])[null, FiscalCalendars.Apple, FiscalCalendars.Microsoft])
                {
                    bool ok = ResolvedPeriod.TryParse(s, asOf, rule, calendar, out var period);
                    Agree(ok, Catch<UnresolvedPeriodException>(() => ResolvedPeriod.Parse(s, asOf, rule, calendar)), s);
                    if (ok)
                    {
                        Check(ResolvedPeriod.Parse(period.Text, asOf, rule, calendar) == period, "a period does not resolve again from its own text", s);
                        _ = period.ToString();
                        _ = period.Span;
                    }
                }
            }
        }
    }

    /// <summary>The drafter on any text, in each language: never throws; a draft with a document loads again from its
    /// own JSON with the same claims and relations and checks; a draft without one says why.</summary>
    private static void Draft(string s)
    {
        foreach (var language in new[] { NewsLanguage.Italian, NewsLanguage.English })
        {
            var draft = ClaimsDraft.FromText(s, language, new DateOnly(2025, 12, 31));
            _ = draft.ToString();
            if (draft.HasDocument)
            {
                var again = ClaimsDocument.Parse(draft.ToJson(), s);
                Check(again.Claims.Count == draft.Document.Claims.Count && again.Relations.Count == draft.Document.Relations.Count, "a draft does not read back from its own JSON", s);
                _ = draft.Document.Check();
            }
            else
            {
                Check(!string.IsNullOrEmpty(draft.Problem), "a draft without a document does not say why", s);
            }
        }
    }

    private static void Json(string s)
    {
        var money = Catch<JsonException>(() => JsonSerializer.Deserialize<Money>(s));
        var currency = Catch<JsonException>(() => JsonSerializer.Deserialize<Currency>(s));
        _ = (money, currency);
        try
        {
            var m = JsonSerializer.Deserialize<Money>(s);
            Check(JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(m)) == m, "Money JSON does not read back", s);
        }
        catch (JsonException)
        {
        }
    }

    private static void EcbXml(string s) =>
        Catch<EcbFormatException>(() => EcbReferenceRates.ReadXml(new MemoryStream(Encoding.UTF8.GetBytes(s))));

    private static void EcbCsv(string s) =>
        Catch<EcbFormatException>(() => EcbReferenceRates.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(s))));

    /// <summary>A claims document as text, with the seed's article: TryParse never throws and agrees with Parse, whose
    /// only refusal is ClaimsDocumentException; a document that loads writes JSON that loads to the same claims.</summary>
    private static void Document(string s)
    {
        bool tried = ClaimsDocument.TryParse(s, SeedArticle, out var document, out _);
        Agree(tried, Catch<ClaimsDocumentException>(() => ClaimsDocument.Parse(s, SeedArticle)), s);
        if (document is not null)
        {
            var again = ClaimsDocument.Parse(document.ToJson(), SeedArticle);
            Check(again.Claims.Count == document.Claims.Count, "a loaded document does not read back from its own JSON", s);
            _ = document.Check();
        }
    }

    /// <summary>The same document as bytes, twice: its UTF-8 encoding, and each character's low byte taken as a byte
    /// (so invalid sequences occur): Load(Stream) refuses only with ClaimsDocumentException. Under AFL++ the target
    /// gets the input's raw bytes instead (<see cref="Bytes"/>).</summary>
    private static void DocumentBytes(string s)
    {
        byte[] bytes = new byte[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            bytes[i] = (byte)s[i];
        }

        DocumentRawBytes(bytes);
        DocumentRawBytes(Encoding.UTF8.GetBytes(s));
    }

    /// <summary>Targets that take the input's bytes as they are (AFL++ mutates bytes, and a text reader would replace
    /// invalid UTF-8 with U+FFFD before the library saw it).</summary>
    internal static readonly IReadOnlyDictionary<string, Action<byte[]>> Bytes = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["documentbytes"] = DocumentRawBytes,
    };

    private static void DocumentRawBytes(byte[] bytes) =>
        Catch<ClaimsDocumentException>(() => ClaimsDocument.Load(new MemoryStream(bytes), SeedDirectory));

    /// <summary>The scanner on any text, in each language: never throws; every figure lies in the text where it says.</summary>
    private static void Scanner(string s)
    {
        foreach (var language in new[] { NewsLanguage.English, NewsLanguage.Italian })
        {
            foreach (var mention in FigureScanner.Scan(s, language))
            {
                Check(mention.Offset >= 0 && mention.Offset + mention.Text.Length <= s.Length && string.CompareOrdinal(s, mention.Offset, mention.Text, 0, mention.Text.Length) == 0, "a figure is not where the scan says", s);
            }
        }
    }

    /// <summary>An article reader on any text: each scanned figure read as a claim refuses only with its documented exceptions.</summary>
    private static void Reader(string s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return;
        }

        var reader = new ArticleReader(s, new AsOfDate(new DateOnly(2025, 12, 5), "fuzz"), NewsLanguage.Italian, ScalePolicy.ShortScale);
        int n = 0;
        foreach (var mention in FigureScanner.Scan(s, NewsLanguage.Italian))
        {
            if (n++ == 5)
            {
                break;
            }

            try
            {
                var claim = reader.Read("f", "subject", mention.Text, mention.Text, mention.Text, SourceChain.Of("fuzz"), Money.Zero(Currency.USD));
                _ = claim.ToString();
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
            }
        }
    }

    private static string SeedDirectory => Seed.Value.Directory;

    private static string SeedArticle => Seed.Value.Article;

    // Found above the executable or the working directory (AFL++ runs a copy of the build from a temporary folder).
    private static readonly Lazy<(string Directory, string Article)> Seed = new(() =>
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "src", "DomainModel.ArticleReport", "Documents");
                if (Directory.Exists(candidate))
                {
                    return (candidate, File.ReadAllText(Path.Combine(candidate, "..", "article.it.txt")));
                }
            }
        }

        throw new DirectoryNotFoundException("src/DomainModel.ArticleReport/Documents not found above " + AppContext.BaseDirectory + " or " + Environment.CurrentDirectory);
    });

    /// <summary>Runs <paramref name="action"/>; returns whether it threw the documented <typeparamref name="T"/>; anything else escapes.</summary>
    private static bool Catch<T>(Action action)
        where T : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (T)
        {
            return true;
        }
    }

    private static bool Catch<T>(Func<object?> action)
        where T : Exception => Catch<T>(() => { _ = action(); });

    private static void Agree(bool tried, bool threw, string input) =>
        Check(tried != threw, tried ? "Try… accepted what Parse refused" : "Try… refused what Parse accepted", input);

    private static void Check(bool condition, string what, string input)
    {
        if (!condition)
        {
            throw new FuzzFailure(what + " for input " + JsonSerializer.Serialize(input));
        }
    }
}

/// <summary>A broken law found by a fuzz target.</summary>
internal sealed class FuzzFailure(string message) : Exception(message);
