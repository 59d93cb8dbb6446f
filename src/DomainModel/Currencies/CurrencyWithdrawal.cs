using System;

namespace DomainModel;

/// <summary>
/// One row of ISO 4217 List Three (historic denominations): a currency withdrawn from a country at a date.
/// </summary>
/// <remarks>
/// <para>The withdrawal date is kept exactly as published (<c>2002-03</c>, <c>1989</c>, <c>1989-1990</c>, <c>1978 to 1981</c>, <c>yyyy-MM to yyyy-MM</c>)
/// in <see cref="PublishedDate"/>; <see cref="Year"/> and <see cref="Month"/> are read from it (for a range, its end).</para>
/// <para>Immutable and thread-safe. Equality compares every field.</para>
/// </remarks>
public sealed class CurrencyWithdrawal : IEquatable<CurrencyWithdrawal>
{
    internal CurrencyWithdrawal(string country, string currencyName, string publishedDate, int year, int? month)
    {
        Country = country;
        CurrencyName = currencyName;
        PublishedDate = publishedDate;
        Year = year;
        Month = month;
    }

    /// <summary>The country or territory name as published (upper case in the ISO table).</summary>
    public string Country { get; }

    /// <summary>The name the currency had in that country, as published.</summary>
    public string CurrencyName { get; }

    /// <summary>The withdrawal date exactly as published: <c>yyyy-MM</c>, <c>yyyy</c>, <c>yyyy-yyyy</c>, <c>yyyy to yyyy</c> or <c>yyyy-MM to yyyy-MM</c>.</summary>
    public string PublishedDate { get; }

    /// <summary>The year of withdrawal (the last year where a range of years is published).</summary>
    public int Year { get; }

    /// <summary>The month of withdrawal (1–12), or <see langword="null"/> where only a year is published.</summary>
    public int? Month { get; }

    /// <inheritdoc />
    public bool Equals(CurrencyWithdrawal? other) =>
        other is not null
        && Country == other.Country
        && CurrencyName == other.CurrencyName
        && PublishedDate == other.PublishedDate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CurrencyWithdrawal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Country, CurrencyName, PublishedDate);

    /// <summary>Returns <c>COUNTRY: Name (withdrawn yyyy-MM)</c>.</summary>
    public override string ToString() => $"{Country}: {CurrencyName} (withdrawn {PublishedDate})";
}
