using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>What a <see cref="FigureMention"/> found by <see cref="FigureScanner"/> is.</summary>
public enum FigureKind
{
    /// <summary>A quantity whose unit the scanner does not know ("12 miliardi" with no unit word after it). The default value.</summary>
    Number = 0,

    /// <summary>An amount of money: a currency word, code or symbol goes with the number ("160 miliardi di yuan", "$ 20.000", "US$53 billion", "¥5bn").</summary>
    Money = 1,

    /// <summary>A count of a named kind of thing ("20.000 unità H200", "157 milioni di utenti attivi mensili", "20,000 H200 chips").</summary>
    Count = 2,

    /// <summary>A number of tokens ("30 trilioni di token", "1.5 trillion tokens").</summary>
    Tokens = 3,

    /// <summary>A percentage ("25%", "il 6 per cento", "6 percent").</summary>
    Percentage = 4,

    /// <summary>A fraction written in words ("la metà", "half").</summary>
    Fraction = 5,

    /// <summary>A multiple ("1,000x", "10×", "dieci volte", "three times").</summary>
    Multiple = 6,

    /// <summary>
    /// A date or a year, not a quantity: "2026" in "nel 2026", "maggio 2024", "16 marzo 2026", "March 16-22, 2026",
    /// "2026-03-16", "2024-2025".
    /// </summary>
    Date = 7,

    /// <summary>An ordinal written in digits ("1st", "3rd", "21°", "1ª").</summary>
    Ordinal = 8,
}
