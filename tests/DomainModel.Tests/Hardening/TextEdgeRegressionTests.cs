using System;
using System.Globalization;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// The reproducers of the reliability round's text mechanisms: a culture leak through the "Actual value was …" that the
/// runtime appends to <see cref="ArgumentOutOfRangeException"/>, and number conventions whose separators contain white
/// space (formatted text that read back as another number).
/// </summary>
public sealed class TextEdgeRegressionTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    [Fact]
    public void Approaches_RefusedCloseness_UnderGerman_SaysTheValueInvariantly()
    {
        // Issue 23, item 10: ClaimChecks.Approaches(a, b, 1.5m) under de-DE ended "Actual value was 1,5."
        var claim = new Claim<Money>("id", "s", new Quote("words", 0), SourceChain.Of("Test"), ResolvedPeriod.Parse("nel 2026", AsOf), Estimate.Exactly(new Money(1m, Currency.EUR)));
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = TestCultures.Get("de-DE");
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => ClaimChecks.Approaches(claim, claim, 1.5m));
            Assert.Equal("withinFraction", e.ParamName);
            Assert.Equal("1.5", e.ActualValue);
            Assert.DoesNotContain("1,5", e.Message, StringComparison.Ordinal);
            Assert.Contains("1.5", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void OutOfRange_IsMadeOnlyByPreconditions_SoNoActualValueIsFormattedWithTheCurrentCulture()
    {
        // The mechanism of item 10: ArgumentOutOfRangeException(paramName, object actualValue, message) formats a
        // non-string actual value with the current culture. Preconditions.OutOfRange passes it as invariant text; no
        // other code of either assembly may call that constructor.
        var leaking = typeof(ArgumentOutOfRangeException).GetConstructor([typeof(string), typeof(object), typeof(string)])!;
        var callers =
            from assembly in new[] { typeof(Money).Assembly, typeof(ClaimsDocument).Assembly }
            from call in TypeReferences.Calls(assembly)
            where call.Callee == leaking && call.Caller.DeclaringType?.FullName != "DomainModel.Utility.Preconditions"
            select $"{call.Caller.DeclaringType}.{call.Caller.Name}";
        Assert.Empty(callers.Distinct());
    }

    [Fact]
    public void Create_DecimalSeparatorWithWhiteSpace_IsRefused()
    {
        // Issue 23, item 11: these conventions were accepted, and Format(7779929m, …) read back with them gave 7.
        var e = Assert.Throws<ArgumentException>(() => NumberConventions.Create(". ", ":", NumberGrouping.None));
        Assert.Equal("decimalSeparator", e.ParamName);
        Assert.Contains("'. '", e.Message, StringComparison.Ordinal);
        Assert.Contains("white space", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" .", ",")]
    [InlineData(",", ". ")]
    [InlineData(",", " '")]
    [InlineData("\u00A0", ".")]
    public void Create_SeparatorsMixingWhiteSpace_AreRefused(string decimalSeparator, string groupSeparator) =>
        Assert.Throws<ArgumentException>(() => NumberConventions.Create(decimalSeparator, groupSeparator, NumberGrouping.Thousands));

    [Theory]
    [InlineData(" ")]
    [InlineData("\u00A0")]
    [InlineData("\u202F")]
    public void Create_OneWhiteSpaceGroupSeparator_IsAccepted_AndReadsBack(string groupSeparator)
    {
        var conventions = NumberConventions.Create(",", groupSeparator, NumberGrouping.Thousands);
        string text = NewsNumberFormatter.Format(7779929m, NewsLanguage.English, conventions);
        Assert.Equal(7779929m, NewsNumberParser.Parse(text, conventions).Value);
    }

    /// <summary>The law behind item 11: conventions that <see cref="NumberConventions.Create"/> accepts read back what the formatter writes with them.</summary>
    [Property(MaxTest = 1000)]
    public Property Create_AcceptedConventions_FormatThenParse_IsTheSameValue()
    {
        var separator = Gen.Elements(".", ",", ":", "'", "·", " ", "\u00A0", "\u202F", "\t", ". ", " .", ", ", "''", "..", " '")
            .Select(s => s);
        var gen =
            from dec in separator
            from grp in separator
            from grouping in Gen.Elements(NumberGrouping.Thousands, NumberGrouping.Indian, NumberGrouping.None)
            from mantissa in Gen.Choose(0, int.MaxValue)
            from scale in Gen.Choose(0, 6)
            from language in Gen.Elements(NewsLanguage.English, NewsLanguage.Italian)
            select (dec, grp, grouping, value: new decimal(mantissa, 0, 0, false, (byte)scale), language);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            NumberConventions conventions;
            try
            {
                conventions = NumberConventions.Create(c.dec, c.grp, c.grouping);
            }
            catch (ArgumentException)
            {
                return true; // refused at creation: allowed
            }

            string text = NewsNumberFormatter.Format(c.value, c.language, conventions);
            return NewsNumberParser.Parse(text, conventions).Value == c.value;
        });
    }
}
