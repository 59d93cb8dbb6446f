using System;
using System.Globalization;
using DomainModel.Text;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Serialization;

/// <summary>
/// ISpanFormattable / ISpanParsable (and IParsable) on the types with an invariant round-trip text form: the string and
/// span members agree, a too-small buffer writes nothing, and bad text is a FormatException (false from TryParse).
/// </summary>
public sealed class TextInterfaceTests
{
    /// <summary>A number format that would change every number it touched (works in invariant globalization mode too).</summary>
    private static readonly NumberFormatInfo Hostile = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "~", PositiveSign = "#" };

    /// <summary>Fixed invariant forms ignore the provider, so any culture is passed; TokenVolume honours it, so none is.</summary>
    internal static bool TextRoundTrips<T>(T value, Func<T, T, bool> same, bool ignoresProvider = true)
        where T : ISpanFormattable, ISpanParsable<T>
    {
        var ar = ignoresProvider ? Hostile : null;
        var de = ignoresProvider ? Hostile : null;
        var tr = ignoresProvider ? Hostile : null;
        string text = value.ToString()!;
        Span<char> buffer = stackalloc char[text.Length + 8];
        bool written = value.TryFormat(buffer, out int length, default, ar);
        bool tooSmall = text.Length == 0 || (!value.TryFormat(buffer[..(text.Length - 1)], out int none, "G", null) && none == 0);
        return written && buffer[..length].SequenceEqual(text) && tooSmall
            && value.ToString("G", de) == text
            && same(value, T.Parse(text, null))
            && same(value, T.Parse(text.AsSpan(), tr))
            && T.TryParse(text, null, out var a) && same(value, a)
            && T.TryParse(text.AsSpan(), null, out var b) && same(value, b);
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool DateRange_TextRoundTrips(DateRange r) => TextRoundTrips(r, (x, y) => x == y);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool TokenVolume_TextRoundTrips(TokenVolume v) => TextRoundTrips(v, (x, y) => x == y && x.Unit == y.Unit, ignoresProvider: false);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool UnitCount_TextRoundTrips(UnitCount c) => TextRoundTrips(c, (x, y) => x == y);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool PricePerUnit_TextRoundTrips(PricePerUnit p) => TextRoundTrips(p, (x, y) => x == y && x.Price.ToString() == y.Price.ToString());

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool ActiveUsers_TextRoundTrips(ActiveUsers u) => TextRoundTrips(u, (x, y) => x == y);

    [Fact]
    public void Examples_ReadTheDocumentedForms()
    {
        Assert.Equal(new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2025, 6, 30)), DateRange.Parse("2024-07-01..2025-06-30", null));
        Assert.Equal(new UnitCount(40_000, new CountKind("H200 GPU")), UnitCount.Parse("40000 × H200 GPU", null));
        Assert.Equal(40_000L, UnitCount.Parse("40000 × a × b", null).Count);
        Assert.Equal("a × b", UnitCount.Parse("40000 × a × b", null).Kind.Name);
        Assert.Equal(ActiveUsers.Monthly(157_000_000, 2025, 8), ActiveUsers.Parse("157000000 monthly active users, 2025-08-01..2025-08-31", null));
        Assert.Equal(30_000m, PricePerUnit.Parse("USD 30000 per H200 GPU", null).Price.Amount);
    }

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-12-31..2025-01-01")]
    [InlineData("2025-01-01 .. 2025-12-31")]
    [InlineData("")]
    public void DateRange_BadText(string text)
    {
        Assert.False(DateRange.TryParse(text.AsSpan(), null, out _));
        Assert.False(DateRange.TryParse(text, null, out _));
        Assert.Throws<DomainModelFormatException>(() => DateRange.Parse(text.AsSpan(), null));
        Assert.Throws<DomainModelFormatException>(() => DateRange.Parse(text, null));
    }

    [Theory]
    [InlineData("40000 x H200 GPU", "\" × \"")]
    [InlineData("-1 × GPU", "digits only")]
    [InlineData("1,000 × GPU", "digits only")]
    [InlineData("1 ×  GPU", "not a count kind")]
    public void UnitCount_BadText(string text, string fragment)
    {
        Assert.False(UnitCount.TryParse(text, null, out _));
        Assert.Contains(fragment, Assert.Throws<DomainModelFormatException>(() => UnitCount.Parse(text, null)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USD 30000 for GPU", "\" per \"")]
    [InlineData("USD -1 per GPU", "zero or more")]
    [InlineData("30000 per GPU", "not a price")]
    public void PricePerUnit_BadText(string text, string fragment)
    {
        Assert.False(PricePerUnit.TryParse(text, null, out _));
        Assert.Contains(fragment, Assert.Throws<DomainModelFormatException>(() => PricePerUnit.Parse(text, null)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("157000000 monthly active users 2025-08-01..2025-08-31", "expected e.g.")]
    [InlineData("157000000 yearly active users, 2025-08-01..2025-08-31", "not a window")]
    [InlineData("157000000 monthly active users, 2025-08-31..2025-08-01", "not a period")]
    [InlineData("-5 monthly active users, 2025-08-01..2025-08-31", "digits only")]
    public void ActiveUsers_BadText(string text, string fragment)
    {
        Assert.False(ActiveUsers.TryParse(text, null, out _));
        Assert.Contains(fragment, Assert.Throws<DomainModelFormatException>(() => ActiveUsers.Parse(text, null)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullAndOtherFormats_AreRefused()
    {
        Assert.False(UnitCount.TryParse((string?)null, null, out _));
        Assert.False(ActiveUsers.TryParse((string?)null, null, out _));
        Assert.False(PricePerUnit.TryParse((string?)null, null, out _));
        Assert.Throws<ArgumentNullException>(() => UnitCount.Parse((string)null!, null));
        Assert.Throws<ArgumentNullException>(() => DateRange.Parse((string)null!, null));
        Assert.Throws<DomainModelFormatException>(() => new UnitCount(1, CountKind.Unspecified).ToString("N0", null));
        Assert.Throws<DomainModelFormatException>(() => DateRange.SingleDay(new DateOnly(2025, 1, 1)).ToString("yyyy", null));
    }
}
