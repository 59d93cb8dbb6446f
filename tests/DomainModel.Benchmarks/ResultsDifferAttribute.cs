using System;

namespace DomainModel.Benchmarks;

/// <summary>
/// Marks a benchmark whose result is legitimately not equal to its baseline's (a hash code that mixes in the
/// currency, say). The dry run still runs it, and checks the reason is stated.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ResultsDifferAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
