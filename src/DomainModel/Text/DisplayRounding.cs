namespace DomainModel.Text;

/// <summary>Which way <see cref="NewsNumberFormatter"/> rounds a number it shortens. An interval's lower bound is
/// written rounded down and its upper bound up, so the text never shows an interval narrower than the one it
/// writes.</summary>
public enum DisplayRounding
{
    /// <summary>To the nearest, a midpoint to even.</summary>
    Nearest = 0,

    /// <summary>Towards negative infinity (a lower bound).</summary>
    Down = 1,

    /// <summary>Towards positive infinity (an upper bound).</summary>
    Up = 2,
}
