using System;
using System.Runtime.CompilerServices;

namespace DomainModel;

/// <summary>
/// The unit check of two estimable values (<see cref="IEstimable{TSelf}.CheckCommensurable"/>) naming the parameter of
/// the public member that was called, where the interface member names its own parameter (<c>other</c>). Each quantity
/// of the model has the check with a parameter name (an internal member of its own); the test of the type
/// parameter below is a constant for the compiler of each value type, so only that one check remains
/// and the success path does the work of the interface member and no more.
/// </summary>
internal static class Commensurability
{
    /// <summary>Throws the model's mismatch exception, naming <paramref name="paramName"/>, unless
    /// <paramref name="right"/> is in the unit of <paramref name="left"/>.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="left">The value whose unit is expected.</param>
    /// <param name="right">The value checked against it.</param>
    /// <param name="operation">What was attempted, for the message ("compare", "take a share of").</param>
    /// <param name="paramName">The caller's parameter that held <paramref name="right"/> (a constant).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Check<T>(T left, T right, string operation, string paramName)
        where T : struct, IEstimable<T>
    {
        if (typeof(T) == typeof(Money))
        {
            ((Money)(object)left).CheckCommensurable((Money)(object)right, operation, paramName);
        }
        else if (typeof(T) == typeof(UnitCount))
        {
            ((UnitCount)(object)left).CheckCommensurable((UnitCount)(object)right, operation, paramName);
        }
        else if (typeof(T) == typeof(PricePerUnit))
        {
            ((PricePerUnit)(object)left).CheckCommensurable((PricePerUnit)(object)right, operation, paramName);
        }
        else if (typeof(T) == typeof(TokenRate))
        {
            ((TokenRate)(object)left).CheckCommensurable((TokenRate)(object)right, operation, paramName);
        }
        else if (typeof(T) == typeof(TokenVolumeOver))
        {
            ((TokenVolumeOver)(object)left).CheckCommensurable((TokenVolumeOver)(object)right, operation, paramName);
        }
        else if (typeof(T) == typeof(ActiveUsers))
        {
            ((ActiveUsers)(object)left).CheckCommensurable((ActiveUsers)(object)right, operation, paramName);
        }
        else if (typeof(T) != typeof(Share) && typeof(T) != typeof(TokenVolume))
        {
            // A quantity from outside the library (every share and every token volume is commensurable with another).
            CheckOther(left, right, operation, paramName);
        }
    }

    /// <summary>The check of a quantity from outside the library: its own, its argument exception renamed to the caller's parameter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckOther<T>(T left, T right, string operation, string paramName)
        where T : struct, IEstimable<T>
    {
        try
        {
            left.CheckCommensurable(right, operation);
        }
        catch (ArgumentException e) when (e.ParamName != paramName)
        {
            throw e is MismatchException mismatch ? mismatch.Renamed(paramName) : Utility.Preconditions.Renamed(e, paramName);
        }
    }
}
