using System;

namespace DomainModel.Benchmarks;

/// <summary>
/// Marks a benchmark whose result is legitimately not its baseline's (a hash code that mixes in the currency, say):
/// the dry run compares it with what the named method of the same class computes independently, on raw .NET types.
/// Every benchmark is therefore checked: against its baseline, within a stated tolerance, or against this value.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ExpectedResultAttribute(string method, string reason) : Attribute
{
    /// <summary>The name of a public, parameterless, non-benchmark method of the same class.</summary>
    public string Method { get; } = method;

    public string Reason { get; } = reason;
}
