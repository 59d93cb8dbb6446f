namespace DomainModel.Text;

/// <summary>
/// Why a text could not be read: the code of every <see cref="DomainModelFormatException"/>, the one exception the
/// parsers of the library throw (<see cref="DomainModelFormatException.Error"/>). The same failure has the same code
/// in every area; the message says what was read and what is accepted.
/// </summary>
public enum ParseError
{
    /// <summary>No error: the text was read (never the code of an exception).</summary>
    None = 0,

    /// <summary>The text is empty or white space.</summary>
    Empty = 1,

    /// <summary>No number where one was expected.</summary>
    NoNumber = 2,

    /// <summary>The digits are malformed: misplaced group separators, two decimal separators, a separator the culture
    /// does not use, an exponent, a sign where none is allowed.</summary>
    InvalidNumber = 3,

    /// <summary>Without a culture, a single '.' or ',' followed by exactly three digits ("20,000", "1.500") could be a
    /// decimal or a group separator.</summary>
    AmbiguousSeparator = 4,

    /// <summary>A word or suffix after the number looks like a scale word but is not one ("12 zillion", "5Q").</summary>
    UnknownScaleWord = 5,

    /// <summary>Under <see cref="ScalePolicy.RejectAmbiguous"/>, an Italian bilione/trilione.</summary>
    AmbiguousScaleWord = 6,

    /// <summary>The value is outside the range of decimal (or of the integer type that holds it).</summary>
    Overflow = 7,

    /// <summary>A range is malformed (no second bound, no separator).</summary>
    InvalidRange = 8,

    /// <summary>A range's lower bound is greater than its upper bound.</summary>
    ReversedRange = 9,

    /// <summary>The number has more significant digits than decimal holds (28 or 29): reading it would round it.</summary>
    TooPrecise = 10,

    /// <summary>Money: a number without a code or symbol, and no expected currency.</summary>
    MissingCurrency = 11,

    /// <summary>Money: a code or symbol without a number.</summary>
    MissingAmount = 12,

    /// <summary>Money: a code written against the number ("USD5").</summary>
    MissingSeparator = 13,

    /// <summary>Letters that look like a currency code but are not one ("usd", "Usd", "US").</summary>
    MalformedCode = 14,

    /// <summary>A well-formed code that neither ISO 4217 nor the catalog in use knows ("ZZZ").</summary>
    UnknownCode = 15,

    /// <summary>Money: something in the currency's place that is neither a code nor a known symbol.</summary>
    UnknownSymbol = 16,

    /// <summary>Money: a symbol several currencies use ("$", "¥", "kr") with nothing to say which is meant.</summary>
    AmbiguousSymbol = 17,

    /// <summary>Money: the text names a currency other than the expected one.</summary>
    CurrencyConflict = 18,

    /// <summary>The UTF-8 input is not valid UTF-8.</summary>
    InvalidUtf8 = 19,

    /// <summary>A group separator where the number format groups no digits ("1,50" or "1,2,3" under the invariant
    /// culture, which would otherwise read a decimal comma as a thousands separator).</summary>
    MisplacedGroupSeparator = 20,

    /// <summary>A format string that the type does not support (<see cref="System.IFormattable.ToString(string?, System.IFormatProvider?)"/>).</summary>
    UnknownFormat = 21,

    /// <summary>The text is not in the type's form: a separator or a part is missing ("USD/CNY 7.1" without its validity).</summary>
    InvalidForm = 22,

    /// <summary>A date is not yyyy-MM-dd, or does not exist.</summary>
    InvalidDate = 23,

    /// <summary>A part was read but the value refuses it: a period that ends before it starts, a negative price, a
    /// count kind of 101 characters, a source with leading white space.</summary>
    InvalidValue = 24,

    /// <summary>A word that is not one of the names allowed in its place (a rate kind, a token unit, an activity window).</summary>
    UnknownName = 25,

    /// <summary>Period words that the library does not resolve.</summary>
    UnknownPeriod = 26,

    /// <summary>Period words that name a fiscal period, and no fiscal calendar was given.</summary>
    NeedsFiscalCalendar = 27,

    /// <summary>Period words that resolve to a year outside 1 to 9999 (or a fiscal year outside the calendar's labels).</summary>
    YearOutOfRange = 28,

    /// <summary>Period words that name a day that does not exist, or a day range that ends before it starts.</summary>
    NoSuchDay = 29,

    /// <summary>Period words that name a span starting after the as-of date.</summary>
    StartsAfterAsOf = 30,

    /// <summary>Period words that name a period relative to another one ("a year earlier", "nel trimestre precedente",
    /// "im Vorjahreszeitraum") and no period to resolve them against was given, or one they do not fit ("the previous
    /// quarter" of a period that is not a quarter).</summary>
    NeedsReferencePeriod = 31,
}
