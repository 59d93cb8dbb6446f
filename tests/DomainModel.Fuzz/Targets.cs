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

    private static void Period(string s)
    {
        var asOf = new DateOnly(2025, 12, 5);
        Agree(ResolvedPeriod.TryParse(s, asOf, out _), Catch<FormatException>(() => ResolvedPeriod.Parse(s, asOf)), s);
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
