using System;
using System.Collections.Generic;
using DomainModel;

namespace DomainModel.Claims;

/// <summary>A check result with its typed computed value: a share for "about half", a growth factor for "increase", money for a conversion.</summary>
/// <typeparam name="T">The type of the computed value.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClaimCheck<T> : ClaimCheck
    where T : struct, IEstimable<T>
{
    /// <summary>Creates a result.</summary>
    /// <param name="relation">The relation the words state, non-blank.</param>
    /// <param name="verdict">The verdict.</param>
    /// <param name="explanation">The numbers behind the verdict, non-blank.</param>
    /// <param name="claimIds">The claims checked.</param>
    /// <param name="computed">The value the check computed.</param>
    /// <exception cref="ArgumentNullException">A text or <paramref name="claimIds"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public ClaimCheck(string relation, Verdict verdict, string explanation, IReadOnlyList<string> claimIds, Estimate<T> computed)
        : base(relation, verdict, explanation, claimIds) => Computed = computed;

    /// <summary>A check whose explanation is written when first read (see <see cref="ClaimCheck"/>).</summary>
    internal ClaimCheck(string relation, Verdict verdict, Claim first, Claim second, Estimate<T> computed, CheckInputs? inputs, Func<ClaimCheck, string> explain)
        : base(relation, verdict, first, second, inputs, explain) => Computed = computed;

    /// <summary>The value the check computed.</summary>
    public Estimate<T> Computed { get; }

    /// <inheritdoc />
    public override Estimate ComputedInterval => Computed.Interval;
}
