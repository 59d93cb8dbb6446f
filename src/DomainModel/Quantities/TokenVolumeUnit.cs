namespace DomainModel;

/// <summary>
/// The units of a <see cref="TokenVolume"/>: single tokens and the English short-scale multiples that news uses
/// ("K", "M", "B", "T" tokens). Every unit is an exact power of ten tokens, so conversions are exact.
/// </summary>
/// <remarks>
/// Values start at 1, as UnitsNet 5's own unit enums do; <c>default(TokenVolumeUnit)</c> (0) is not a unit and is
/// refused wherever a unit is taken.
/// </remarks>
public enum TokenVolumeUnit
{
    /// <summary>One token (abbreviations "tokens", "token").</summary>
    Token = 1,

    /// <summary>10^3 tokens (abbreviations "K tokens", "k tokens", "thousand tokens").</summary>
    Thousand = 2,

    /// <summary>10^6 tokens (abbreviations "M tokens", "mn tokens", "million tokens").</summary>
    Million = 3,

    /// <summary>10^9 tokens (abbreviations "B tokens", "bn tokens", "billion tokens").</summary>
    Billion = 4,

    /// <summary>10^12 tokens (abbreviations "T tokens", "tn tokens", "trillion tokens").</summary>
    Trillion = 5,
}
