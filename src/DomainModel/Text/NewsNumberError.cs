namespace DomainModel.Text;

/// <summary>Why a figure could not be parsed (<see cref="NewsNumberFormatException.Error"/>).</summary>
public enum NewsNumberError
{
    /// <summary>The text is empty or white space.</summary>
    Empty = 1,

    /// <summary>No number where one was expected.</summary>
    NoNumber = 2,

    /// <summary>The digits are malformed: misplaced group separators, two decimal separators, a separator the culture does not use.</summary>
    InvalidNumber = 3,

    /// <summary>Without a culture, a single '.' or ',' followed by exactly three digits ("20,000", "1.500") could be a decimal or a group separator.</summary>
    AmbiguousSeparator = 4,

    /// <summary>A word or suffix after the number looks like a scale word but is not one ("12 zillion", "5Q").</summary>
    UnknownScaleWord = 5,

    /// <summary>Under <see cref="ScalePolicy.RejectAmbiguous"/>, an Italian bilione/trilione.</summary>
    AmbiguousScaleWord = 6,

    /// <summary>The value is outside the range of decimal.</summary>
    Overflow = 7,

    /// <summary>A range is malformed (no second bound, no separator).</summary>
    InvalidRange = 8,

    /// <summary>A range's lower bound is greater than its upper bound.</summary>
    ReversedRange = 9,

    /// <summary>The number has more significant digits than decimal holds (28 or 29): reading it would round it.</summary>
    TooPrecise = 10,
}
