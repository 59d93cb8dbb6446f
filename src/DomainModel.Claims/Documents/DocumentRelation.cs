using System;
using System.Collections.Generic;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// One relation a <see cref="ClaimsDocument"/> states between two of its claims ("increase", "aboutFraction",
/// "equivalent"...), with the article's words for it and the check's parameters. Every relation that needs no rate
/// from the caller was checked when the document was loaded (<see cref="Check()"/> returns that result); an
/// "equivalent" relation with <see cref="RateSource.Provider"/> is checked by <see cref="Check(IExchangeRateProvider)"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; built only by the loader.</remarks>
public sealed class DocumentRelation
{
    private readonly ClaimCheck? _checked;
    private readonly Func<IExchangeRateProvider, ClaimCheck>? _withRates;

    internal DocumentRelation(RelationSpec spec, Quote? quote, ClaimCheck? @checked, Func<IExchangeRateProvider, ClaimCheck>? withRates, bool crossDocument = false)
    {
        IsCrossDocument = crossDocument;
        Spec = spec;
        Quote = quote;
        _checked = @checked;
        _withRates = withRates;
    }

    /// <summary>The relation's id, unique within the document.</summary>
    public string Id => Spec.Id;

    /// <summary>The relation.</summary>
    public RelationKind Kind => Spec.Kind;

    /// <summary>
    /// Whether the relation names a claim of another document (<c>"document-id#claim-id"</c>): such relations are in
    /// <see cref="ClaimsDocument.CrossDocumentRelations"/>, not <see cref="ClaimsDocument.Relations"/>, and
    /// <see cref="CrossDocumentChecks.Check(IReadOnlyList{ClaimsDocument})"/> checks them with the documents they name.
    /// </summary>
    public bool IsCrossDocument { get; }

    /// <summary>The ids of the two claims, in the check's order (earlier, later; part, whole; subject, other); a claim of another document as <c>document-id#claim-id</c>.</summary>
    public IReadOnlyList<string> ClaimIds => [Spec.First, Spec.Second];

    /// <summary>The article's words stating the relation ("di cui circa la metà"), found in its text, or null if the document quotes none.</summary>
    public Quote? Quote { get; }

    /// <summary>A short description of the relation for a report, if the document gives one ("note").</summary>
    public string? Note => Spec.Note;

    /// <summary>The fraction of an "aboutFraction" relation (0.5 for "half"), else null.</summary>
    public decimal? Fraction => Spec.Fraction;

    /// <summary>The tolerance of an "aboutFraction" (absolute) or "multiple" (relative) relation, else null.</summary>
    public decimal? Tolerance => Spec.Tolerance;

    /// <summary>The closeness of an "approaches" relation (0.2 = within 20 %), else null.</summary>
    public decimal? Within => Spec.Within;

    /// <summary>The factor of a "multiple" relation (1000 for "1,000x"), else null.</summary>
    public decimal? Factor => Spec.Factor;

    /// <summary>The percentage of a "percentAbove"/"percentBelow" relation, hedge kept, else null.</summary>
    public Estimate? Percent => Spec.Percent;

    /// <summary>Where an "equivalent" relation takes its rate from, else null.</summary>
    public RateSource? RateSource => Spec.Rate?.Source;

    /// <summary>
    /// The fields a draft guessed and no one has confirmed yet ("guessed": ["type", "claims"]), in the document's
    /// order; empty for a reviewed relation. See <see cref="ClaimsDraft"/>.
    /// </summary>
    public IReadOnlyList<string> Guessed => Spec.Guessed ?? [];

    /// <summary>Whether the relation still carries guessed fields (<see cref="Guessed"/> is not empty).</summary>
    public bool IsGuessed => Guessed.Count > 0;

    /// <summary>Whether the relation needs rates from the caller (<see cref="Check(IExchangeRateProvider)"/>).</summary>
    public bool NeedsRateProvider => _withRates is not null;

    internal RelationSpec Spec { get; }

    /// <summary>The check's result.</summary>
    /// <returns>The check, computed when the document was loaded.</returns>
    /// <exception cref="InvalidOperationException">The relation takes its rate from the caller (<see cref="NeedsRateProvider"/>): call <see cref="Check(IExchangeRateProvider)"/>.</exception>
    /// <exception cref="InvalidOperationException">The relation names a claim of another document (<see cref="IsCrossDocument"/>): call <see cref="CrossDocumentChecks.Check(IReadOnlyList{ClaimsDocument})"/>.</exception>
    public ClaimCheck Check() =>
        _checked ?? throw new InvalidOperationException(IsCrossDocument
            ? $"The relation {Id} names a claim of another document: check it with CrossDocumentChecks.Check and the documents it names."
            : $"The relation {Id} takes its exchange rate from a rate table the caller passes: call Check(IExchangeRateProvider).");

    /// <summary>The check's result, a rate-provider relation looked up in <paramref name="rates"/>.</summary>
    /// <param name="rates">The rates (an <see cref="ExchangeRateTable"/>, ECB rates...); ignored by relations that need none.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="RateNotFoundException">The table has no rate between the two currencies on the relation's date.</exception>
    /// <exception cref="InvalidOperationException">The relation names a claim of another document (<see cref="IsCrossDocument"/>).</exception>
    public ClaimCheck Check(IExchangeRateProvider rates)
    {
        Preconditions.CheckNotNull(rates);
        return _checked ?? _withRates?.Invoke(rates) ?? Check();
    }

    /// <summary>Returns <c>id: kind (first, second)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Spec.KindWord} ({Spec.First}, {Spec.Second})";
}
