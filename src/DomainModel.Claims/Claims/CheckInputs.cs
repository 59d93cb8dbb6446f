using DomainModel;

namespace DomainModel.Claims;

/// <summary>What a check's lazy explanation needs beside its two claims and its computed value: the interval the
/// words allow, a number the words state (a factor, a fraction), and one more object (a rate, a percentage's
/// estimate, the reason of a verdict). Made only by the checks whose explanation reads it; the others (increase,
/// exceeds, part of, ...) keep a null reference, so their result object is about 180 bytes smaller.</summary>
internal sealed class CheckInputs
{
    /// <summary>No inputs beyond the two claims (the checks that keep none pass null, which reads as this).</summary>
    internal static CheckInputs None { get; } = new(default);

    internal CheckInputs(Estimate allowed, decimal number = 0m, object? extra = null, bool flag = false, Estimate words = default)
    {
        Allowed = allowed;
        Words = words;
        Number = number;
        Extra = extra;
        Flag = flag;
    }

    /// <summary>The interval the words allow.</summary>
    internal Estimate Allowed { get; }

    /// <summary>A figure the words state as an estimate (a percentage).</summary>
    internal Estimate Words { get; }

    /// <summary>A number the words state.</summary>
    internal decimal Number { get; }

    /// <summary>One more input (a rate, a range, a percentage as an estimate, a reason).</summary>
    internal object? Extra { get; }

    /// <summary>A switch of the explanation (above or below).</summary>
    internal bool Flag { get; }
}
