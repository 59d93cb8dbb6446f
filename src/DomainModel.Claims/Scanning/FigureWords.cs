using System;
using System.Globalization;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>
/// The words <see cref="FigureScanner"/> reads around a number besides the parser's scale words, qualifiers and
/// currency symbols (those are <see cref="NewsNumberParser"/>'s and <see cref="ScaleWords"/>'s): currency names as
/// news writes them, count nouns, token words, multiple and fraction words, and each language's digit conventions.
/// </summary>
internal static class FigureWords
{
    /// <summary>Currency names, longest first; matched case-insensitively as whole words. Bare "dollars"/"dollari" is the US dollar (news convention).</summary>
    internal static readonly (string Words, string Code)[] CurrencyNames =
    [
        ("dollari di Hong Kong", "HKD"), ("New Taiwan dollars", "TWD"), ("dollari statunitensi", "USD"), ("dollari americani", "USD"),
        ("pounds sterling", "GBP"), ("franchi svizzeri", "CHF"), ("dollari taiwanesi", "TWD"), ("Hong Kong dollars", "HKD"),
        ("Taiwan dollars", "TWD"), ("U.S. dollars", "USD"), ("Swiss francs", "CHF"), ("dollari USA", "USD"), ("US dollars", "USD"),
        ("renminbi", "CNY"), ("sterline", "GBP"), ("dollari", "USD"), ("dollaro", "USD"), ("dollars", "USD"), ("dollar", "USD"),
        ("euros", "EUR"), ("euro", "EUR"), ("yuan", "CNY"), ("yen", "JPY"), ("won", "KRW"),
    ];

    /// <summary>What a currency symbol before a number means in economic news: $ is the US dollar, € the euro, £ the pound sterling; ¥ (yen or yuan) stays unknown.</summary>
    internal static string? SymbolCode(string symbol) => symbol switch
    {
        "US$" or "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        _ => null,
    };

    /// <summary>Nouns of counted things (matched case-insensitively as whole words).</summary>
    internal static readonly string[] CountNouns =
    [
        "unità", "utenti", "utente", "chip", "GPU", "processori", "server", "dipendenti", "clienti", "abbonati", "dispositivi",
        "smartphone", "veicoli", "auto", "persone", "download", "ordini", "pezzi", "copie", "lavoratori", "acceleratori", "wafer",
        "units", "unit", "users", "user", "chips", "GPUs", "processors", "servers", "employees", "customers", "subscribers",
        "devices", "smartphones", "vehicles", "cars", "people", "downloads", "orders", "workers", "accelerators", "wafers",
    ];

    /// <summary>Words that may stand between an English number and its count noun ("157 million monthly active users").</summary>
    internal static readonly string[] CountAdjectivesBefore = ["monthly", "daily", "weekly", "active", "paying", "new", "unique"];

    /// <summary>Words that may follow an Italian count noun ("157 milioni di utenti attivi mensili").</summary>
    internal static readonly string[] CountAdjectivesAfter = ["attivi", "attive", "mensili", "giornalieri", "settimanali", "paganti", "nuovi", "unici"];

    /// <summary>Token words.</summary>
    internal static readonly string[] TokenWords = ["tokens", "token"];

    /// <summary>Words after a number that make it a percentage.</summary>
    internal static readonly string[] PercentWords = ["per cento", "percento", "percent", "per cent"];

    /// <summary>Words after a number that make it a multiple.</summary>
    internal static readonly string[] MultipleWords = ["volte", "times"];

    /// <summary>Numbers written in words that news uses before "volte"/"times".</summary>
    internal static readonly (string Word, int Value)[] NumberWords =
    [
        ("due", 2), ("tre", 3), ("quattro", 4), ("cinque", 5), ("sei", 6), ("sette", 7), ("otto", 8), ("nove", 9), ("dieci", 10),
        ("venti", 20), ("cento", 100), ("mille", 1000),
        ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10),
        ("twenty", 20), ("hundred", 100), ("thousand", 1000),
    ];

    /// <summary>English ordinal suffixes after digits.</summary>
    internal static readonly string[] OrdinalSuffixes = ["st", "nd", "rd", "th"];

    /// <summary>The digits of Italian news: ',' separates decimals and '.' groups thousands. Built on the invariant culture (no ICU data needed).</summary>
    internal static bool EqualsIgnoreCase(ReadOnlySpan<char> a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);
}
