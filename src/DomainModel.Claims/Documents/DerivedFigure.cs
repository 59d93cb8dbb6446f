using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using DomainModel.Exchange;

namespace DomainModel.Claims;

/// <summary>
/// A figure a <see cref="ClaimsDocument"/> computes from its claims ("derived"): a total, a share, a growth, a
/// difference, a token rate over another period, the rate two amounts imply, or an amount converted at a rate. Its
/// inputs are claims of the document or derived figures declared before it; the library evaluates it while loading,
/// with <see cref="EstimateMath"/>, so every admitted combination of the inputs is inside <see cref="Interval"/>.
/// </summary>
/// <remarks>
/// <para>A conversion at the caller's rates (<c>"rate": {"source": "provider"}</c>) is evaluated with
/// <see cref="ClaimsDocumentOptions.Rates"/>; without them, or when they hold no rate for the date, the figure is not
/// evaluated (<see cref="IsEvaluated"/> false) and <see cref="NotEvaluatedReason"/> says why.</para>
/// <para>Immutable and thread-safe; built only by the loader.</para>
/// </remarks>
public sealed class DerivedFigure
{
    private readonly object? _value;

    internal DerivedFigure(DerivedSpec spec, object? value, Type? quantityType, Estimate? interval, string unitText, ExchangeRateRange? impliedRate, ExchangeRate? rate, string? notEvaluated)
    {
        Spec = spec;
        _value = value;
        QuantityType = quantityType;
        Interval = interval;
        UnitText = unitText;
        ImpliedRate = impliedRate;
        Rate = rate;
        NotEvaluatedReason = notEvaluated;
    }

    /// <summary>The figure's id, unique among the document's claims and derived figures.</summary>
    public string Id => Spec.Id;

    /// <summary>What is computed.</summary>
    public DerivedKind Kind => Spec.Kind;

    /// <summary>What the figure is, in the document's words ("label").</summary>
    public string Label => Spec.Label;

    /// <summary>The ids of the inputs (claims or earlier derived figures), in the computation's order.</summary>
    public IReadOnlyList<string> InputIds => Spec.Inputs;

    /// <summary>A note the document gives ("note"), or null.</summary>
    public string? Note => Spec.Note;

    /// <summary>Whether the figure was computed (false only for a conversion at rates the caller did not give or that lack the date).</summary>
    [MemberNotNullWhen(true, nameof(Interval), nameof(QuantityType))]
    [MemberNotNullWhen(false, nameof(NotEvaluatedReason))]
    public bool IsEvaluated => Interval is not null;

    /// <summary>The interval computed (for an implied rate: the rate's minimum and maximum), or null when not evaluated.</summary>
    public Estimate? Interval { get; }

    /// <summary>The quantity computed (<c>typeof(Money)</c>, <c>typeof(Share)</c>, <c>typeof(TokenRate)</c>... or <c>typeof(ExchangeRateRange)</c>), or null when not evaluated.</summary>
    public Type? QuantityType { get; }

    /// <summary>The unit of <see cref="Interval"/>'s numbers: "USD", "fraction" for a share or growth factor, "tokens per 1 mo", "USD/CNY" for a rate.</summary>
    public string UnitText { get; }

    /// <summary>The range of an "impliedRate" figure, else null.</summary>
    public ExchangeRateRange? ImpliedRate { get; }

    /// <summary>The rate a "convert" figure used (for a rate implied by two claims: its mid rate; see <see cref="ImpliedRate"/>), else null.</summary>
    public ExchangeRate? Rate { get; }

    /// <summary>Why the figure was not computed, or null.</summary>
    public string? NotEvaluatedReason { get; }

    internal DerivedSpec Spec { get; }

    internal object? Value => _value;

    /// <summary>The typed estimate, when the figure is an estimate of <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The quantity (<see cref="Money"/>, <see cref="Share"/>, <see cref="TokenRate"/>...).</typeparam>
    /// <param name="estimate">The estimate, or default.</param>
    /// <returns>Whether the figure was evaluated as an estimate of <typeparamref name="T"/>.</returns>
    public bool TryGetEstimate<T>(out Estimate<T> estimate)
        where T : struct, IEstimable<T>
    {
        if (_value is Estimate<T> e)
        {
            estimate = e;
            return true;
        }

        estimate = default;
        return false;
    }

    /// <summary>Returns <c>id: kind (inputs) = interval unit</c>, or the reason it was not evaluated.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Id}: {Spec.KindWord} ({string.Join(", ", Spec.Inputs)}) = " + (Interval is { } i ? $"{i} {UnitText}" : "not evaluated: " + NotEvaluatedReason);
}
