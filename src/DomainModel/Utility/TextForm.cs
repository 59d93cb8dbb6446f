using System;

namespace DomainModel.Utility;

/// <summary>Shared steps of the fixed invariant text forms behind <see cref="ISpanFormattable"/> and <see cref="ISpanParsable{TSelf}"/>.</summary>
internal static class TextForm
{
    /// <summary>Copies the text, or writes nothing and returns false when the destination is too small.</summary>
    internal static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Refuses any format but the general one (null, empty, "G" or "g").</summary>
    internal static void CheckGeneral(ReadOnlySpan<char> format, string typeName)
    {
        if (!(format.IsEmpty || format is "G" or "g"))
        {
            throw new FormatException($"Format '{format}' is not supported for a {typeName}; use \"G\" (or null), the invariant round-trip form.");
        }
    }
}
