using System;
using System.Numerics;

namespace DomainModel.Utility;

/// <summary>
/// Decimal products and quotients rounded in a chosen direction, so that an interval computed from bounds never
/// excludes the exact result: decimal's own arithmetic rounds to nearest, which can land on either side of it.
/// </summary>
internal static class DirectedDecimal
{
    /// <summary>a × b, no greater than the exact product.</summary>
    internal static decimal MultiplyDown(decimal a, decimal b) => Fix(a * b, Product(a, b), down: true);

    /// <summary>a × b, no less than the exact product.</summary>
    internal static decimal MultiplyUp(decimal a, decimal b) => Fix(a * b, Product(a, b), down: false);

    /// <summary>a ÷ b, no greater than the exact quotient; b is not zero.</summary>
    internal static decimal DivideDown(decimal a, decimal b) => Fix(a / b, Quotient(a, b), down: true);

    /// <summary>a ÷ b, no less than the exact quotient; b is not zero.</summary>
    internal static decimal DivideUp(decimal a, decimal b) => Fix(a / b, Quotient(a, b), down: false);

    private static (BigInteger N, BigInteger D) Product(decimal a, decimal b)
    {
        var (na, da) = ExactRational.FromDecimal(a);
        var (nb, db) = ExactRational.FromDecimal(b);
        return (na * nb, da * db);
    }

    private static (BigInteger N, BigInteger D) Quotient(decimal a, decimal b)
    {
        var (na, da) = ExactRational.FromDecimal(a);
        var (nb, db) = ExactRational.FromDecimal(b);
        var (n, d) = (na * db, da * nb);
        return d.Sign < 0 ? (-n, -d) : (n, d);
    }

    private static decimal Fix(decimal result, (BigInteger N, BigInteger D) exact, bool down)
    {
        var (nr, dr) = ExactRational.FromDecimal(result);
        int order = (nr * exact.D).CompareTo(exact.N * dr); // denominators are positive
        decimal ulp = new(1, 0, 0, false, (byte)result.Scale);
        return down
            ? (order > 0 ? result - ulp : result)
            : (order < 0 ? result + ulp : result);
    }
}
