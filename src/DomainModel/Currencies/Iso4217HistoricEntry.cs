namespace DomainModel;

/// <summary>One <c>HstrcCcyNtry</c> of ISO 4217 List Three, exactly as published (the generated table holds these rows).</summary>
internal readonly record struct Iso4217HistoricEntry(
    string Country,
    string CurrencyName,
    string Code,
    int? NumericCode,
    string WithdrawalDate,
    bool IsFund);
