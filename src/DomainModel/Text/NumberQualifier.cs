namespace DomainModel.Text;

/// <summary>A hedge written before a figure ("circa 23 miliardi", "oltre 30 trilioni", "up to 80,000", "gut 50 Milliarden"),
/// reported as written, not applied to the value. The words of each language are in its <see cref="Lexicon"/>; the interval
/// each one admits is <see cref="DomainModel.Estimate.FromParsed(ParsedNumber, decimal)"/>'s rule.</summary>
public enum NumberQualifier
{
    /// <summary>No qualifier.</summary>
    None = 0,

    /// <summary>about, around, approximately, roughly, some, ~, ≈, c.; circa, intorno a, all'incirca; rund, etwa, ungefähr, ca.</summary>
    About = 1,

    /// <summary>over, more than, above; oltre, più di, sopra; mehr als, über.</summary>
    Over = 2,

    /// <summary>under, less than, below; meno di, sotto; weniger als, unter.</summary>
    Under = 3,

    /// <summary>at least; almeno; mindestens.</summary>
    AtLeast = 4,

    /// <summary>up to, as much as; fino a; bis zu, höchstens.</summary>
    UpTo = 5,

    /// <summary>nearly, almost; quasi; knapp, fast.</summary>
    Nearly = 6,

    /// <summary>just over, a good ("gut 50 Milliarden", "gut drei Prozent").</summary>
    JustOver = 7,
}
