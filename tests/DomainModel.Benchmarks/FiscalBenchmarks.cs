using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainModel;

namespace DomainModel.Benchmarks;

/// <summary>The fiscal year of a date against the same answer from plain DateOnly arithmetic.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FiscalBenchmarks
{
    private DateOnly _day = new(2025, 12, 15);

    [Benchmark(Baseline = true), BenchmarkCategory("MonthBased")]
    public int DateOnlyJulyToJune() => _day.Month >= 7 ? _day.Year + 1 : _day.Year;

    [Benchmark, BenchmarkCategory("MonthBased")]
    public int MicrosoftYearOf() => FiscalCalendars.Microsoft.YearOf(_day).Label;

    [Benchmark(Baseline = true), BenchmarkCategory("FiftyTwoFiftyThreeWeek")]
    public int DateOnlyLastSundayOfJanuary()
    {
        var end = LastSundayOfJanuary(_day.Year);
        return _day > end ? _day.Year + 1 : _day.Year;
    }

    [Benchmark, BenchmarkCategory("FiftyTwoFiftyThreeWeek")]
    public int NvidiaYearOf() => FiscalCalendars.Nvidia.YearOf(_day).Label;

    private static DateOnly LastSundayOfJanuary(int year)
    {
        var last = new DateOnly(year, 1, 31);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
