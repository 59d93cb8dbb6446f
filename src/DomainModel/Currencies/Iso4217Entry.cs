namespace DomainModel;

/// <summary>One <c>CcyNtry</c> of ISO 4217 List One, exactly as published (the generated table holds these rows).</summary>
internal readonly record struct Iso4217Entry(
    string Country,
    string CurrencyName,
    string? Code,
    int? NumericCode,
    int? MinorUnits,
    bool IsFund);
