using System;

namespace DomainModel.Benchmarks;

/// <summary>
/// Marks a benchmark whose decimal result may differ from its baseline's by a stated relative amount (a derived rate
/// kept to 20 significant digits against a quotient kept to 28). The dry run checks the bound.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RelativeToleranceAttribute(string relative, string reason) : Attribute
{
    public decimal Relative { get; } = decimal.Parse(relative, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    public string Reason { get; } = reason;
}
