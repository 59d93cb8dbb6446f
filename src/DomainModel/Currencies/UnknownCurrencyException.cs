using System;

namespace DomainModel;

/// <summary>
/// Thrown when a currency code or numeric code is well formed but names no currency that the table or
/// catalog in use knows. A malformed code (empty, wrong length, lower case, not letters) throws a plain
/// <see cref="ArgumentException"/> instead, so that the two failures can be told apart.
/// </summary>
public sealed class UnknownCurrencyException : ArgumentException
{
    /// <summary>Creates the exception for an unknown alphabetic code.</summary>
    /// <param name="code">The code that was looked up.</param>
    /// <param name="paramName">The parameter that held it.</param>
    public UnknownCurrencyException(string code, string? paramName)
        : base($"'{code}' is not a currency code known to ISO 4217 (List One or List Three) or to the catalog in use; define it with Currency.CreateCustom and look it up through a CurrencyCatalog.", paramName)
    {
        Code = code;
    }

    /// <summary>Creates the exception for an unknown numeric code.</summary>
    /// <param name="numericCode">The numeric code that was looked up.</param>
    /// <param name="paramName">The parameter that held it.</param>
    public UnknownCurrencyException(int numericCode, string? paramName)
        : base(FormattableString.Invariant($"{numericCode:000} is not the numeric code of a current ISO 4217 currency (List One); numeric codes allowed are those of List One, 001 to 999."), paramName)
    {
        Code = FormattableString.Invariant($"{numericCode:000}");
    }

    /// <summary>The code that was not found, as given (numeric codes as three digits).</summary>
    public string Code { get; }
}
