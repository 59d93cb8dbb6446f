using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using DomainModel.Claims;
using DomainModel.Exchange;
using DomainModel.Text;
using UnitsNet;
using Xunit;

namespace DomainModel.Tests.Api;

/// <summary>
/// Every public member of the estimates (<see cref="Estimate"/>, <see cref="Estimate{T}"/> of each quantity, the
/// typed factories, <see cref="EstimateMath"/>), of <see cref="Share"/> and of <see cref="ClaimChecks"/>, called with
/// edge and random inputs (27–29-digit figures, every scale, both signs, ±MaxValue and 1E-28, every estimate kind,
/// 29-digit parsed figures, null and undefined enum values), throws only exceptions of the types its XML comment lists
/// (<c>&lt;exception cref&gt;</c>, read from the generated XML files; a listed type covers its subclasses, and a member
/// that lists nothing throws nothing).
/// </summary>
public sealed class DocumentedExceptionSweepTests
{
    // Calls per member (and closed generic); DOMAINMODEL_SWEEP_CALLS raises it for a longer sweep by hand.
    private static readonly int CallsPerMember = int.TryParse(Environment.GetEnvironmentVariable("DOMAINMODEL_SWEEP_CALLS"), out int n) && n > 0 ? n : 150;

    private static readonly Assembly[] Assemblies = [typeof(Money).Assembly, typeof(ClaimsDocument).Assembly];

    private static readonly Type[] Quantities = [typeof(Money), typeof(UnitCount), typeof(Share), typeof(PricePerUnit), typeof(TokenRate), typeof(TokenVolumeOver), typeof(ActiveUsers)];

    private static readonly Type[] Swept =
        [typeof(Estimate), typeof(EstimateMath), typeof(Share), typeof(ClaimChecks), .. Quantities.Select(q => typeof(Estimate<>).MakeGenericType(q))];

    private static readonly Lazy<Dictionary<string, string[]>> Documented = new(() =>
        Assemblies
            .Select(a => Path.ChangeExtension(a.Location, ".xml"))
            .SelectMany(path => XDocument.Load(path).Descendants("member"))
            .ToDictionary(
                m => (string)m.Attribute("name")!,
                m => m.Elements("exception").Select(e => ((string)e.Attribute("cref")!)[2..]).ToArray()));

    public static TheoryData<string> Members()
    {
        var data = new TheoryData<string>();
        foreach (string id in Callables().Select(c => c.Id).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void TheSweep_ReachesTheMembersTheIssueNames()
    {
        var ids = Callables().Select(c => c.Id).ToHashSet();
        foreach (string expected in (string[])["M:DomainModel.Estimate.FromParsed(DomainModel.Text.ParsedNumber,System.Decimal)", "P:DomainModel.Share.Fraction", "M:DomainModel.Estimate.Rounded``1(``0,System.Decimal)", "M:DomainModel.EstimateMath.Ratio``1(DomainModel.Estimate{``0},DomainModel.Estimate{``0})", "M:DomainModel.Claims.ClaimChecks.Increase``1(DomainModel.Claims.Claim{``0},DomainModel.Claims.Claim{``0})"])
        {
            Assert.Contains(expected, ids);
        }
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    public void Derived_OfTwoEqualBoundsAtDecimalsLimit_IsThatPoint(string bound)
    {
        // Found by the sweep: the midpoint (lower/2 + upper/2) of MaxValue and MaxValue rounded past MaxValue and threw.
        decimal value = decimal.Parse(bound, System.Globalization.CultureInfo.InvariantCulture);
        var derived = Estimate.Derived(value, value);
        Assert.Equal((value, value, value), (derived.Stated, derived.Lower!.Value, derived.Upper!.Value));
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Member_ThrowsOnlyWhatItDocuments(string id)
    {
        Assert.True(Documented.Value.TryGetValue(id, out var crefs), $"{id} has no XML comment.");
        var documented = crefs.Select(Resolve).ToArray();
        var random = new Random(StringComparer.Ordinal.GetHashCode(id) & 0x7fffffff ^ 23);
        var undocumented = new SortedDictionary<string, string>(StringComparer.Ordinal);
        int calls = 0;
        foreach (var callable in Callables().Where(c => c.Id == id))
        {
            for (int i = 0; i < CallsPerMember; i++)
            {
                object?[]? args = Arguments(callable.Parameters, random);
                if (args is null)
                {
                    continue;
                }

                object? target = null;
                if (callable.Instance is { } instanceType && (target = Value(instanceType, random)) is null)
                {
                    continue;
                }

                calls++;
                try
                {
                    callable.Invoke(target, args);
                }
                catch (TargetInvocationException e) when (e.InnerException is { } thrown)
                {
                    if (documented.Any(t => t.IsInstanceOfType(thrown)))
                    {
                        continue;
                    }

                    undocumented.TryAdd(thrown.GetType().Name, $"{thrown.GetType().Name} ({thrown.Message}) for ({string.Join(", ", args.Select(Show))}){(target is null ? "" : " on " + Show(target))}");
                }
            }
        }

        Assert.True(calls > 0, $"{id}: no call could be made (no inputs for its parameters).");
        Assert.True(undocumented.Count == 0, $"{id} documents [{string.Join(", ", crefs)}] but threw {string.Join("; ", undocumented.Values)}");
    }

    private sealed record Callable(string Id, Type? Instance, Type[] Parameters, Func<object?, object?[], object?> Invoke);

    private static IEnumerable<Callable> Callables()
    {
        foreach (var type in Swept)
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            foreach (var ctor in type.GetConstructors())
            {
                yield return new(DocId(ctor), null, [.. ctor.GetParameters().Select(p => p.ParameterType)], (_, a) => ctor.Invoke(a));
            }

            foreach (var property in type.GetProperties(flags).Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0))
            {
                var getter = property.GetMethod!;
                yield return new(DocId(property), getter.IsStatic ? null : type, [], (t, a) => getter.Invoke(t, a));
            }

            foreach (var method in type.GetMethods(flags).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
            {
                if (method.GetParameters().Any(p => p.ParameterType.IsByRef || p.ParameterType.IsByRefLike) || method.ReturnType.IsByRefLike)
                {
                    continue;
                }

                foreach (var closed in Close(method))
                {
                    yield return new(DocId(method), closed.IsStatic ? null : type, [.. closed.GetParameters().Select(p => p.ParameterType)], (t, a) => closed.Invoke(t, a));
                }
            }
        }
    }

    private static IEnumerable<MethodInfo> Close(MethodInfo method)
    {
        if (!method.IsGenericMethodDefinition)
        {
            yield return method;
            yield break;
        }

        foreach (var q in Quantities)
        {
            MethodInfo? closed;
            try
            {
                closed = method.MakeGenericMethod(q);
            }
            catch (ArgumentException)
            {
                closed = null; // the constraints refuse q
            }

            if (closed is not null)
            {
                yield return closed;
            }
        }
    }

    // ---- inputs -------------------------------------------------------------------------------------------------

    private static readonly decimal[] EdgeDecimals =
    [
        0m, 1m, -1m, 0.5m, 2m, 100m, 0.05m, 1.5m, 1E-28m, -1E-28m, decimal.MaxValue, decimal.MinValue, decimal.MaxValue - 1m,
        79228162514264337593543950.335m, 7.9228162514264337593543950335m, 12345678901234567890123456789m, 0.0000000000000000000000000024m,
        4660480147897902211384938255m, 10000000000000000000000000000m, 0.001m, 0.999m, 160000000000m,
    ];

    private static readonly string[] Figures =
    [
        "79228162514264337593543950335", "79.228.162.514.264.337.593.543.950.335", "circa 79228162514264337593543950335", "oltre 79228162514264337593543950335",
        "quasi 79228162514264337593543950335", "almost 79228162514264337593543950335", "7.9228162514264337593543950335", "0.0000000000000000000000000001",
        "12345678901234567890123456789", "circa 0.0000000000000000000000000001", "160 miliardi", "circa 23 miliardi", "up to 5", "at least 7", "less than 3",
        "99999999999999999999999999999", "9999999999999999999999999999", "circa 9999999999999999999999999999",
    ];

    private static readonly string[] Ranges =
        ["between 1 and 79228162514264337593543950335", "tra 350 e 400 miliardi", "circa 79228162514264337593543950334-79228162514264337593543950335", "40.000-80.000", "circa 1-2"];

    private static readonly Lazy<ParsedNumber[]> ParsedNumbers = new(() =>
        Figures.SelectMany(f => new[] { NumberConventions.English, NumberConventions.Italian }
            .Select(c => NewsNumberParser.TryParse(f, c, ScalePolicy.ShortScale, out var n) ? n : null)).OfType<ParsedNumber>().ToArray());

    private static readonly Lazy<ParsedRange[]> ParsedRanges = new(() =>
        Ranges.SelectMany(f => new[] { NumberConventions.English, NumberConventions.Italian }
            .Select(c => NewsNumberParser.TryParseRange(f, c, ScalePolicy.ShortScale, out var r) ? r : null)).OfType<ParsedRange>().ToArray());

    private const string Article = "Nel 2025 la cifra è questa.";

    private static object?[]? Arguments(Type[] parameters, Random random)
    {
        var args = new object?[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            args[i] = random.Next(40) == 0 && (!parameters[i].IsValueType || Nullable.GetUnderlyingType(parameters[i]) is not null) ? null : Value(parameters[i], random);
            if (args[i] is null && parameters[i].IsValueType && Nullable.GetUnderlyingType(parameters[i]) is null)
            {
                return null; // no value of this type could be made this time
            }
        }

        return args;
    }

    private static decimal Decimal(Random random)
    {
        if (random.Next(3) > 0)
        {
            return EdgeDecimals[random.Next(EdgeDecimals.Length)];
        }

        // 1 to 29 digits, any scale, either sign.
        int lo = random.Next(), mid = random.Next(), hi = random.Next(4) switch { 0 => 0, 1 => random.Next(16), _ => random.Next() };
        return new decimal(lo, mid, hi, random.Next(2) == 0, (byte)random.Next(29));
    }

    private static object? Value(Type type, Random random)
    {
        try
        {
            return MakeValue(type, random);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException or TargetInvocationException)
        {
            return null; // the inputs do not make a value (e.g. a fractional count): another draw
        }
    }

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];

    private static object? MakeValue(Type type, Random random)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return MakeValue(underlying, random);
        }

        if (type == typeof(decimal))
        {
            return Decimal(random);
        }

        if (type == typeof(int))
        {
            return Pick(random, 0, 1, 2, 4, 28, 29, -1, int.MaxValue);
        }

        if (type == typeof(long))
        {
            return Pick(random, 0L, 1L, 20000L, long.MaxValue, -1L);
        }

        if (type == typeof(bool))
        {
            return random.Next(2) == 0;
        }

        if (type == typeof(string))
        {
            return Pick<string?>(random, "compare", "x", "", " ", null);
        }

        if (type == typeof(object))
        {
            return Pick<object?>(random, null, "x", 1m, new Share(5m, 100m));
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return random.Next(8) == 0 ? Enum.ToObject(type, 99) : values.GetValue(random.Next(values.Length));
        }

        if (type == typeof(IFormatProvider))
        {
            return Pick<IFormatProvider?>(random, null, System.Globalization.CultureInfo.InvariantCulture, new System.Globalization.CultureInfo("de-DE"));
        }

        if (type == typeof(Currency))
        {
            return Pick(random, Currency.USD, Currency.CNY, Currency.JPY);
        }

        if (type == typeof(Money))
        {
            return new Money(Decimal(random), (Currency)MakeValue(typeof(Currency), random)!);
        }

        if (type == typeof(Share))
        {
            return random.Next(2) == 0 ? new Share(Decimal(random), Decimal(random)) : new Share(Decimal(random), 100m);
        }

        if (type == typeof(CountKind))
        {
            return Pick(random, new CountKind("H200"), new CountKind("unit"));
        }

        if (type == typeof(UnitCount))
        {
            return UnitCount.FromDecimal(decimal.Truncate(Decimal(random)), (CountKind)MakeValue(typeof(CountKind), random)!);
        }

        if (type == typeof(PricePerUnit))
        {
            return new PricePerUnit((Money)MakeValue(typeof(Money), random)!, (CountKind)MakeValue(typeof(CountKind), random)!);
        }

        if (type == typeof(TokenVolume))
        {
            return new TokenVolume(decimal.Truncate(Decimal(random)), TokenVolumeUnit.Token);
        }

        if (type == typeof(Duration))
        {
            return Pick(random, Duration.FromDays(1), Duration.FromMonths30(1), Duration.FromMinutes(1), Duration.FromDays(365), Duration.Zero, Duration.FromSeconds(1E-9));
        }

        if (type == typeof(TokenRate))
        {
            return new TokenRate((TokenVolume)MakeValue(typeof(TokenVolume), random)!, (Duration)MakeValue(typeof(Duration), random)!);
        }

        if (type == typeof(DateOnly))
        {
            return Pick(random, new DateOnly(2025, 12, 31), new DateOnly(2025, 1, 1), DateOnly.MinValue, DateOnly.MaxValue);
        }

        if (type == typeof(DateRange))
        {
            return Pick(random, new DateRange(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), DateRange.SingleDay(new DateOnly(2025, 12, 5)), new DateRange(DateOnly.MinValue, DateOnly.MaxValue));
        }

        if (type == typeof(TokenVolumeOver))
        {
            return new TokenVolumeOver((TokenVolume)MakeValue(typeof(TokenVolume), random)!, (DateRange)MakeValue(typeof(DateRange), random)!);
        }

        if (type == typeof(ActiveUsers))
        {
            return ActiveUsers.Monthly((long)decimal.Truncate(Math.Clamp(Decimal(random), 0m, long.MaxValue)), 2025, 8);
        }

        if (type == typeof(MonthLength))
        {
            return Pick(random, MonthLength.ThirtyDays, MonthLength.GregorianAverage, MonthLength.JulianAverage, MonthLength.CalendarMonth(2025, 2));
        }

        if (type == typeof(RateValidity))
        {
            return new RateValidity(new DateOnly(2025, 12, 5));
        }

        if (type == typeof(ExchangeRate))
        {
            return new ExchangeRate(Currency.USD, Currency.CNY, Math.Abs(Decimal(random)), new DateOnly(2025, 12, 5), RateKind.Spot, "sweep");
        }

        if (type == typeof(ExchangeRateRange))
        {
            decimal a = Math.Abs(Decimal(random)), b = Math.Abs(Decimal(random));
            return new ExchangeRateRange(Currency.USD, Currency.CNY, Math.Min(a, b), Math.Max(a, b), new RateValidity(new DateOnly(2025, 12, 5)), "sweep");
        }

        if (type == typeof(ParsedNumber))
        {
            return ParsedNumbers.Value[random.Next(ParsedNumbers.Value.Length)];
        }

        if (type == typeof(ParsedRange))
        {
            return ParsedRanges.Value[random.Next(ParsedRanges.Value.Length)];
        }

        if (type == typeof(Estimate))
        {
            return Interval(random);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Estimate<>))
        {
            object unit = MakeValue(type.GetGenericArguments()[0], random)!;
            return typeof(Estimate).GetMethod(nameof(Estimate.Of))!.MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, [unit, Interval(random)]);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Claim<>))
        {
            var estimate = MakeValue(typeof(Estimate<>).MakeGenericType(type.GetGenericArguments()[0]), random);
            return Activator.CreateInstance(type, "c" + random.Next(3), "subject", Quote.Find(Article, "la cifra"), SourceChain.Of("sweep"), ResolvedPeriod.Parse("Nel 2025", new DateOnly(2025, 12, 31)), estimate);
        }

        return null; // no generator: the member is not called with this parameter
    }

    private static Estimate Interval(Random random)
    {
        decimal a = Decimal(random), b = Decimal(random), unit = Math.Abs(Decimal(random)) is var u && u > 0m ? u : 1m;
        return random.Next(12) switch
        {
            0 => Estimate.Exactly(a),
            1 => Estimate.Rounded(a, unit),
            2 => Estimate.About(a, unit),
            3 => Estimate.Between(Math.Min(a, b), Math.Max(a, b)),
            4 => Estimate.Over(a),
            5 => Estimate.AtLeast(a),
            6 => Estimate.Under(a),
            7 => Estimate.AtMost(a),
            8 => Estimate.Nearly(a, unit),
            9 => Estimate.JustOver(a, unit),
            10 => Estimate.Derived(Math.Min(a, b), Math.Max(a, b)),
            _ => Estimate.FromParsed(ParsedNumbers.Value[random.Next(ParsedNumbers.Value.Length)]),
        };
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? value.GetType().Name,
    };

    // ---- XML documentation ids ----------------------------------------------------------------------------------

    private static Type Resolve(string cref) =>
        Type.GetType(cref) ?? Assemblies.Select(a => a.GetType(cref)).FirstOrDefault(t => t is not null)
        ?? throw new InvalidOperationException($"The documented exception {cref} is not a type.");

    private static MemberInfo Definition(MemberInfo member) =>
        member.DeclaringType is { IsGenericType: true, IsGenericTypeDefinition: false } declaring
            ? declaring.GetGenericTypeDefinition().GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly).Single(m => m.MetadataToken == member.MetadataToken && m.Module == member.Module)
            : member;

    private static string DocId(MemberInfo member)
    {
        member = Definition(member);
        string type = TypeName(member.DeclaringType!);
        switch (member)
        {
            case PropertyInfo p:
                return $"P:{type}.{p.Name}";
            case ConstructorInfo c:
                return $"M:{type}.#ctor" + Parameters(c.GetParameters());
            case MethodInfo m:
                string generic = m.IsGenericMethodDefinition ? "``" + m.GetGenericArguments().Length : string.Empty;
                string conversion = m.Name is "op_Implicit" or "op_Explicit" ? "~" + TypeId(m.ReturnType) : string.Empty;
                return $"M:{type}.{m.Name}{generic}" + Parameters(m.GetParameters()) + conversion;
            default:
                throw new InvalidOperationException(member.ToString());
        }
    }

    private static string TypeName(Type t) => (t.IsGenericTypeDefinition ? t.FullName! : t.FullName!).Replace('+', '.');

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeId(p.ParameterType))) + ")";

    private static string TypeId(Type t)
    {
        if (t.IsGenericParameter)
        {
            return (t.IsGenericMethodParameter ? "``" : "`") + t.GenericParameterPosition;
        }

        if (t.IsByRef)
        {
            return TypeId(t.GetElementType()!) + "@";
        }

        if (t.IsArray)
        {
            return TypeId(t.GetElementType()!) + "[]";
        }

        if (t.IsGenericType)
        {
            string name = t.GetGenericTypeDefinition().FullName!;
            name = name[..name.IndexOf('`', StringComparison.Ordinal)];
            return name.Replace('+', '.') + "{" + string.Join(",", t.GetGenericArguments().Select(TypeId)) + "}";
        }

        return t.FullName!.Replace('+', '.');
    }
}
