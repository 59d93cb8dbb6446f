using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainModel;

namespace DomainModel.Benchmarks;

/// <summary>
/// The 16-byte layout question, measured: a prototype <see cref="PackedMoney"/> (the currency's index in the ISO
/// table kept in the 16 unused low flag bits of the decimal) against raw decimal and the shipped 24-byte
/// <see cref="Money"/>, for add, compare and equality. The prototype is not shipped.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MoneyLayoutBenchmarks
{
    private decimal _a = 160_000_000_000.25m;
    private decimal _b = 23_000_000_000.5m;
    private Money _ma;
    private Money _mb;
    private PackedMoney _pa;
    private PackedMoney _pb;

    [GlobalSetup]
    public void Setup()
    {
        _ma = new Money(_a, Currency.CNY);
        _mb = new Money(_b, Currency.CNY);
        ushort cny = PackedMoney.IndexOf(Currency.CNY);
        _pa = new PackedMoney(_a, cny);
        _pb = new PackedMoney(_b, cny);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("LayoutAdd")]
    public decimal DecimalAdd() => _a + _b;

    [Benchmark, BenchmarkCategory("LayoutAdd")]
    public Money Money24Add() => _ma + _mb;

    [Benchmark, BenchmarkCategory("LayoutAdd")]
    public PackedMoney Packed16Add() => _pa + _pb;

    [Benchmark(Baseline = true), BenchmarkCategory("LayoutCompare")]
    public int DecimalCompare() => _a.CompareTo(_b);

    [Benchmark, BenchmarkCategory("LayoutCompare")]
    public int Money24Compare() => _ma.CompareTo(_mb);

    [Benchmark, BenchmarkCategory("LayoutCompare")]
    public int Packed16Compare() => _pa.CompareTo(_pb);

    [Benchmark(Baseline = true), BenchmarkCategory("LayoutEquals")]
    public bool DecimalEquals() => _a == _b;

    [Benchmark, BenchmarkCategory("LayoutEquals")]
    public bool Money24Equals() => _ma == _mb;

    [Benchmark, BenchmarkCategory("LayoutEquals")]
    public bool Packed16Equals() => _pa == _pb;
}

/// <summary>
/// Prototype of a 16-byte Money: a decimal whose unused flag bits 0–15 hold the index of the currency in the immutable
/// ISO 4217 table (current then historic). Custom currencies have no index without a process-wide registry, which the
/// design forbids; the prototype only measures what the packing costs on the hot paths.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly struct PackedMoney : IConvertibleToBaseline
{
    private const int IndexMask = 0xFFFF;
    private static readonly Currency[] Table = [.. Currency.Iso4217Current, .. Currency.Iso4217Historic];

    private readonly decimal _bits;

    public PackedMoney(decimal amount, ushort currencyIndex)
    {
        decimal bits = amount;
        Unsafe.As<decimal, int>(ref bits) |= currencyIndex;
        _bits = bits;
    }

    private PackedMoney(decimal bits) => _bits = bits;

    public decimal Amount
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            decimal bits = _bits;
            Unsafe.As<decimal, int>(ref bits) &= ~IndexMask;
            return bits;
        }
    }

    public Currency Currency => Table[Index];

    private int Index
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            decimal bits = _bits;
            return Unsafe.As<decimal, int>(ref bits) & IndexMask;
        }
    }

    public static ushort IndexOf(Currency currency) => (ushort)Array.IndexOf(Table, currency);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PackedMoney operator +(PackedMoney left, PackedMoney right)
    {
        int index = left.Index;
        if (index != right.Index)
        {
            Throw();
        }

        return new PackedMoney(left.Amount + right.Amount, (ushort)index);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CompareTo(PackedMoney other)
    {
        if (Index != other.Index)
        {
            Throw();
        }

        return Amount.CompareTo(other.Amount);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator ==(PackedMoney left, PackedMoney right) => left.Index == right.Index && left.Amount == right.Amount;

    public static bool operator !=(PackedMoney left, PackedMoney right) => !(left == right);

    public override bool Equals(object? obj) => obj is PackedMoney other && this == other;

    public override int GetHashCode() => _bits.GetHashCode();

    public object ToBaseline() => Amount;

    private static void Throw() => throw new InvalidOperationException("currencies differ");
}
