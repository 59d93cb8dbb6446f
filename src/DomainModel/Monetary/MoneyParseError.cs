namespace DomainModel;

/// <summary>Why a text is not money. The non-throwing parse core returns one; <c>Parse</c> turns it into a message (<see cref="MoneyTextErrors"/>).</summary>
internal enum MoneyParseError
{
    /// <summary>Parsed.</summary>
    None,

    /// <summary>Null, empty or white space only.</summary>
    Empty,

    /// <summary>A number without a code or symbol, and no expected currency.</summary>
    MissingCurrency,

    /// <summary>A code or symbol without a number.</summary>
    MissingAmount,

    /// <summary>A code written against the number ("USD5").</summary>
    MissingSeparator,

    /// <summary>Letters that look like a code but are not one ("usd", "Usd").</summary>
    MalformedCode,

    /// <summary>A well-formed code that neither ISO 4217 nor the catalog knows ("ZZZ").</summary>
    UnknownCode,

    /// <summary>Something in the currency's place that is neither a code nor a known symbol.</summary>
    UnknownSymbol,

    /// <summary>A symbol several currencies use ("$", "¥", "kr") with nothing to say which is meant.</summary>
    AmbiguousSymbol,

    /// <summary>The text names a currency other than the expected one.</summary>
    CurrencyConflict,

    /// <summary>The number is not a decimal in the provider's format, or is outside decimal's range.</summary>
    InvalidAmount,

    /// <summary>The UTF-8 input is not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>A group separator where the provider's grouping puts none ("1,50" or "1,2,3" under the invariant culture,
    /// which would otherwise read a decimal comma as a thousands separator).</summary>
    MisplacedGroupSeparator,

    /// <summary>The amount has more significant digits than decimal holds (28 to 29): reading it would round it.</summary>
    TooPrecise,
}
