namespace DomainModel;

/// <summary>How a figure was stated, which decides the values it admits (see <see cref="Estimate"/>).</summary>
public enum EstimateKind
{
    /// <summary>An exact figure: only that value ("20.000 unità" when a count is known exactly).</summary>
    Exact = 0,

    /// <summary>A figure rounded to its last written digit ("160 miliardi" admits 159.5 to 160.5 billion).</summary>
    Rounded = 1,

    /// <summary>A hedged figure ("circa 23 miliardi", "~$52.7 billion"): read from text, one rounding unit either side (twice
    /// the rounding interval), widened further by a relative tolerance where one is given.</summary>
    About = 2,

    /// <summary>A range as written ("tra i 350 e i 400 miliardi"), bounds included.</summary>
    Between = 3,

    /// <summary>More than the figure ("oltre 30 trilioni"), bound excluded.</summary>
    Over = 4,

    /// <summary>At least the figure ("almeno"), bound included.</summary>
    AtLeast = 5,

    /// <summary>Less than the figure ("meno di"), bound excluded.</summary>
    Under = 6,

    /// <summary>At most the figure ("fino a"), bound included.</summary>
    AtMost = 7,

    /// <summary>Just below the figure ("quasi 50"): from one rounding unit below it up to it, the figure excluded.</summary>
    Nearly = 8,

    /// <summary>Computed from other estimates (a product, a ratio, a conversion): the interval of every possible result.</summary>
    Derived = 9,

    /// <summary>Just over the figure ("gut 50 Milliarden", a good 50 billion): above it, by at most one rounding unit.</summary>
    JustOver = 10,
}
