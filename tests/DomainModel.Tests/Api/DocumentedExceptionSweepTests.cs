using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DomainModel.Claims;
using DomainModel.Exchange;
using DomainModel.Serialization;
using DomainModel.Text;
using UnitsNet;
using Xunit;

namespace DomainModel.Tests.Api;

/// <summary>
/// Every public member of the values package (<c>DomainModel</c>: money, currencies, rates and their tables, the
/// estimates of each quantity and their factories, <see cref="EstimateMath"/>, the quantities, dates, fiscal calendars,
/// number text, JSON set-up), of <see cref="ClaimChecks"/> and <see cref="ResolvedPeriod"/>, and every public
/// <c>Parse…</c>/<c>TryParse…</c> of the claims package, called with edge and random inputs (27–29-digit figures, every
/// scale, both signs, ±MaxValue and 1E-28, default values of every struct, every estimate kind, 29-digit parsed figures,
/// null, empty and refused texts, undefined enum values), throws only exceptions of the types its XML comment lists
/// (<c>&lt;exception cref&gt;</c>, read from the generated XML files; a listed type covers its subclasses, and a member
/// that lists nothing, such as a <c>Try…</c>, throws nothing). Each parser also lists its format exception.
/// </summary>
public sealed class DocumentedExceptionSweepTests
{
    // Calls per member (and closed generic); DOMAINMODEL_SWEEP_CALLS raises it for a longer sweep by hand.
    private static readonly int CallsPerMember = int.TryParse(Environment.GetEnvironmentVariable("DOMAINMODEL_SWEEP_CALLS"), out int n) && n > 0 ? n : 150;

    private static readonly Assembly[] Assemblies = [typeof(Money).Assembly, typeof(ClaimsDocument).Assembly];

    private static readonly Type[] Quantities = [typeof(Money), typeof(UnitCount), typeof(Share), typeof(PricePerUnit), typeof(TokenRate), typeof(TokenVolume), typeof(TokenVolumeOver), typeof(ActiveUsers)];

    // Every exported type of the values package but enums, interfaces and exceptions (their constructors take what
    // the library gives them); Estimate<T> closed over each quantity; and two types of the claims package.
    private static readonly Type[] Swept =
    [
        .. typeof(Money).Assembly.GetExportedTypes()
            .Where(t => !t.IsEnum && !t.IsInterface && !t.IsGenericTypeDefinition && !typeof(Exception).IsAssignableFrom(t) && !typeof(Delegate).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
        .. Quantities.Select(q => typeof(Estimate<>).MakeGenericType(q)),
        typeof(ClaimChecks),
        typeof(ResolvedPeriod),
    ];

    // The other types of the claims package are swept through their parsers only.
    private static readonly Type[] ParsersOnly =
        [.. typeof(ClaimsDocument).Assembly.GetExportedTypes().Where(t => !Swept.Contains(t) && !t.IsGenericTypeDefinition).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    // SourceChain.Parse splits "A citing B" into links and refuses a blank one as an argument: not a text form.
    private static readonly HashSet<string> NotTextForms = ["DomainModel.Claims.SourceChain.Parse"];

    private static readonly Lazy<Callable[]> AllCallables = new(() => [.. Callables()]);

    // Each documented member: the exceptions it lists, and whether it inherits its comment (<inheritdoc/>, with the
    // cref it names if any).
    private static readonly Lazy<Dictionary<string, (string[] Exceptions, string? Inherits)>> Documented = new(() =>
        Assemblies
            .Select(a => Path.ChangeExtension(a.Location, ".xml"))
            .SelectMany(path => XDocument.Load(path).Descendants("member"))
            .ToDictionary(
                m => (string)m.Attribute("name")!,
                m => (m.Elements("exception").Select(e => ((string)e.Attribute("cref")!)[2..]).ToArray(),
                    m.Element("inheritdoc") is { } inherit ? (string?)inherit.Attribute("cref") ?? string.Empty : null)));

    // The exceptions a member lists, its inherited comment's when it has <inheritdoc/> (the member it names, else the
    // interface member it implements or the member it overrides; one outside these packages lists nothing).
    private static string[]? DocumentedExceptions(MemberInfo member)
    {
        if (!Documented.Value.TryGetValue(DocId(member), out var doc))
        {
            return null;
        }

        if (doc.Inherits is null || doc.Exceptions.Length > 0)
        {
            return doc.Exceptions;
        }

        if (doc.Inherits.Length > 0)
        {
            return Documented.Value.TryGetValue(doc.Inherits, out var named) ? named.Exceptions : [];
        }

        return Inherited(member) is { } inherited ? DocumentedExceptions(inherited) ?? [] : [];
    }

    private static MemberInfo? Inherited(MemberInfo member)
    {
        var method = member switch
        {
            MethodInfo m => m,
            PropertyInfo p => p.GetMethod,
            _ => null,
        };
        if (method is null || method.DeclaringType is not { } type)
        {
            return null;
        }

        MethodInfo? inherited = method.GetBaseDefinition() is var b && b != method ? b : null;
        foreach (var i in type.GetInterfaces())
        {
            var map = type.GetInterfaceMap(i);
            int k = Array.IndexOf(map.TargetMethods, method);
            if (inherited is null && k >= 0)
            {
                inherited = map.InterfaceMethods[k];
            }
        }

        if (inherited is null || member is not PropertyInfo)
        {
            return inherited;
        }

        return inherited.DeclaringType!.GetProperties().FirstOrDefault(p => p.GetMethod == inherited);
    }

    public static TheoryData<string> Members()
    {
        var data = new TheoryData<string>();
        foreach (string id in AllCallables.Value.Select(c => c.Id).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    public static TheoryData<string> Parsers()
    {
        var data = new TheoryData<string>();
        foreach (string id in ParseMethods().Select(DocId).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void TheSweep_ReachesTheMembersTheIssueNames()
    {
        var ids = AllCallables.Value.Select(c => c.Id).ToHashSet();
        foreach (string expected in (string[])
            [
                "M:DomainModel.Estimate.FromParsed(DomainModel.Text.ParsedNumber,System.Decimal)", "P:DomainModel.Share.Fraction", "M:DomainModel.Estimate.Rounded``1(``0,System.Decimal)",
                "M:DomainModel.EstimateMath.Ratio``1(DomainModel.Estimate{``0},DomainModel.Estimate{``0})", "M:DomainModel.Claims.ClaimChecks.Increase``1(DomainModel.Claims.Claim{``0},DomainModel.Claims.Claim{``0})",
                "M:DomainModel.Money.#ctor(System.Decimal,DomainModel.Currency)", "M:DomainModel.Money.op_Addition(DomainModel.Money,DomainModel.Money)", "M:DomainModel.Money.Allocate(System.Int32)",
                "M:DomainModel.Money.TryParse(System.String,System.IFormatProvider,DomainModel.Money@)", "M:DomainModel.Exchange.ExchangeRateRange.Implied(DomainModel.Estimate{DomainModel.Money},DomainModel.Estimate{DomainModel.Money},DomainModel.Exchange.RateValidity,System.String)",
                "M:DomainModel.Text.NewsNumberFormatter.Format(System.Decimal,DomainModel.Text.NumberStyle,DomainModel.Text.DisplayRounding)", "M:DomainModel.FiscalYear.#ctor(DomainModel.FiscalCalendar,System.Int32)",
                "M:DomainModel.Claims.ResolvedPeriod.ParseRelative(System.String,DomainModel.Claims.ResolvedPeriod)", "M:DomainModel.Claims.ClaimsDocument.Parse(System.String,System.String)",
                "M:DomainModel.Exchange.RatePolicy.ForStatement(DomainModel.Exchange.ExchangeRateTable,DomainModel.Currency,DomainModel.Currency,DomainModel.DateRange,System.DateOnly)",
            ])
        {
            Assert.Contains(expected, ids);
        }

        var names = ParserMethods().Select(m => $"{m.DeclaringType!.Name}.{m.Name}").ToHashSet();
        foreach (string expected in (string[])["Money.Parse", "Currency.Parse", "ExchangeRate.Parse", "ExchangeRate.ParseMarket", "RateValidity.Parse", "DateRange.Parse", "UnitCount.Parse", "PricePerUnit.Parse", "ActiveUsers.Parse", "TokenVolume.Parse", "NewsNumberParser.Parse", "NewsNumberParser.ParseRange", "ResolvedPeriod.Parse", "ClaimsDocument.Parse"])
        {
            Assert.Contains(expected, names);
        }

        // Every parser that takes its text as a string is swept.
        Assert.All(ParserMethods().Where(m => m.GetParameters().All(p => !p.ParameterType.IsByRefLike) && m.GetParameters().Any(p => p.ParameterType == typeof(string))), m => Assert.Contains(DocId(m), ids));
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void Parser_DocumentsTheFormatException(string id)
    {
        var method = ParseMethods().First(m => DocId(m) == id);
        var documented = DocumentedExceptions(method);
        Assert.True(documented is not null, $"{id} has no XML comment.");
        Assert.NotEmpty(documented);
        var types = documented.Select(Resolve).ToArray();
        Assert.All(types, t => Assert.True(typeof(Exception).IsAssignableFrom(t), $"{id}: {t} is not an exception."));
        if (!NotTextForms.Contains($"{method.DeclaringType!.FullName}.{method.Name}"))
        {
            Assert.Contains(types, t => typeof(DomainModelFormatException).IsAssignableFrom(t) || t == typeof(ClaimsDocumentException));
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
        var members = AllCallables.Value.Where(c => c.Id == id).ToArray();
        var crefs = DocumentedExceptions(members[0].Member);
        Assert.True(crefs is not null, $"{id} has no XML comment.");
        var documented = crefs.Select(Resolve).ToArray();
        var random = new Random(StringComparer.Ordinal.GetHashCode(id) & 0x7fffffff ^ 23);
        var undocumented = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var misnamed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        int calls = 0;
        foreach (var callable in members)
        {
            // The first rounds give every string parameter each of the texts in turn; then all is drawn at random.
            for (int i = 0; i < Texts.Length + CallsPerMember; i++)
            {
                object?[]? args = Arguments(callable.Parameters, random, i);
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
                        // An argument exception names one of this member's own parameters (not a helper's).
                        if (thrown is ArgumentException argument && !NamesOwnParameter(id, callable, argument.ParamName))
                        {
                            misnamed.TryAdd(argument.ParamName ?? "null", $"{thrown.GetType().Name} names '{argument.ParamName ?? "null"}' ({thrown.Message}) for ({string.Join(", ", args.Select(Show))}){(target is null ? "" : " on " + Show(target))}");
                        }

                        continue;
                    }

                    undocumented.TryAdd(thrown.GetType().Name, $"{thrown.GetType().Name} ({thrown.Message}) for ({string.Join(", ", args.Select(Show))}){(target is null ? "" : " on " + Show(target))}");
                }
            }
        }

        Assert.True(calls > 0, $"{id}: no call could be made (no inputs for its parameters).");
        Assert.True(undocumented.Count == 0, $"{id} documents [{string.Join(", ", crefs)}] but threw {string.Join("; ", undocumented.Values)}");
        Assert.True(misnamed.Count == 0, $"{id} takes ({string.Join(", ", members[0].Parameters.Select(p => p.Name))}) but {string.Join("; ", misnamed.Values)}");
    }

    // The few members whose argument exception legitimately names something other than one of their parameters,
    // each with the name it gives and why.
    private static readonly Dictionary<string, string> NamesOtherThanAParameter = new(StringComparer.Ordinal)
    {
    };

    private static bool NamesOwnParameter(string id, Callable callable, string? paramName) =>
        paramName is not null
        && (callable.Parameters.Any(p => p.Name == paramName)
            || (NamesOtherThanAParameter.TryGetValue(id, out string? other) && other == paramName));

    private sealed record Callable(string Id, MemberInfo Member, Type? Instance, ParameterInfo[] Parameters, Func<object?, object?[], object?> Invoke);

    private static IEnumerable<Callable> Callables()
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var type in Swept)
        {
            foreach (var ctor in type.GetConstructors())
            {
                if (!Invocable(ctor))
                {
                    continue;
                }

                yield return new(DocId(ctor), ctor, null, ctor.GetParameters(), (_, a) => ctor.Invoke(a));
            }

            foreach (var property in type.GetProperties(flags).Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && !p.PropertyType.IsByRefLike))
            {
                var getter = property.GetMethod!;
                yield return new(DocId(property), property, getter.IsStatic ? null : type, [], (t, a) => getter.Invoke(t, a));
            }

            foreach (var method in type.GetMethods(flags).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
            {
                foreach (var callable in Callables(type, method))
                {
                    yield return callable;
                }
            }
        }

        foreach (var method in ParserMethods().Where(m => !Swept.Contains(m.DeclaringType!)))
        {
            foreach (var callable in Callables(method.DeclaringType!, method))
            {
                yield return callable;
            }
        }
    }

    private static IEnumerable<Callable> Callables(Type type, MethodInfo method)
    {
        if (!Invocable(method) || method.ReturnType.IsByRefLike)
        {
            yield break;
        }

        foreach (var closed in Close(method))
        {
            yield return new(DocId(method), method, closed.IsStatic ? null : type, closed.GetParameters(), (t, a) => closed.Invoke(t, a));
        }
    }

    // Spans cannot be passed by reflection: their string twins are called. Out and ref parameters are passed.
    private static bool Invocable(MethodBase method) =>
        method.GetParameters().All(p => !p.ParameterType.IsByRefLike && !(p.ParameterType.IsByRef && p.ParameterType.GetElementType()!.IsByRefLike));

    // The public static Parse… and TryParse… methods of both packages.
    private static IEnumerable<MethodInfo> ParserMethods() =>
        Assemblies.SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => (m.Name.StartsWith("Parse", StringComparison.Ordinal) || m.Name.StartsWith("TryParse", StringComparison.Ordinal)) && !m.IsSpecialName && !m.IsGenericMethodDefinition);

    // The Parse… methods (a Try… lists nothing).
    private static IEnumerable<MethodInfo> ParseMethods() => ParserMethods().Where(m => m.Name.StartsWith("Parse", StringComparison.Ordinal));

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

    // The texts every string parameter is given in turn (null first); each bad one is refused by at least one parser.
    private static readonly string?[] Texts =
    [
        null, "", "   ", "zz", "USD", "USD 1,2,3", "1e999", "\uD800", "99999999999999999999999999999 USD", "2025-02-30", "{", "x × ", "tra 5 e", "Q4 FY2026",
        "USD 79228162514264337593543950335", "-79228162514264337593543950335 CNY", "CNY 160000000000.25", "2025-12-05", "2025-01-01..2025-12-31", "USD/CNY 7.0 2025-12-05",
        "160 miliardi", "circa 23 miliardi di dollari", "5%", "1E-28", "nel 2025", "a year earlier", "nello stesso periodo dell'anno scorso", "FY2026", "Microsoft", "it", "ECB", ".",
    ];

    private static object?[]? Arguments(ParameterInfo[] parameters, Random random, int round)
    {
        var args = new object?[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            if (type.IsByRef)
            {
                if (parameters[i].IsOut)
                {
                    continue; // null: the method writes it
                }

                type = type.GetElementType()!;
            }

            if (type == typeof(string) && round < Texts.Length)
            {
                args[i] = Texts[round];
                continue;
            }

            bool nullable = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
            args[i] = random.Next(40) == 0 && nullable ? null : Value(type, random);
            if (args[i] is null && !nullable)
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
        if (type.IsValueType && !type.IsPrimitive && !type.IsEnum && Nullable.GetUnderlyingType(type) is null && random.Next(16) == 0)
        {
            return Activator.CreateInstance(type); // the default value
        }

        try
        {
            return MakeValue(type, random);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException or FormatException or KeyNotFoundException or TargetInvocationException)
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
            return random.Next(2) == 0 ? Pick<string?>(random, "compare", "x", "sweep") : Texts[random.Next(Texts.Length)];
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
            return random.Next(5) == 0 ? NumberFormatInfo.InvariantInfo : Pick<IFormatProvider?>(random, [null, .. Cultures.Value]);
        }

        if (type == typeof(Currency))
        {
            return random.Next(6) > 0 ? Pick(random, Currency.USD, Currency.CNY, Currency.JPY) : Pick(random, Currency.EUR, Currency.XXX, Currency.Iso4217Historic[0], Currency.CreateCustom("XTK", null, "Sweep token"));
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

        if (type == typeof(CultureInfo))
        {
            return Pick<CultureInfo?>(random, [null, .. Cultures.Value]);
        }

        if (type == typeof(CurrencyCatalog))
        {
            return Pick(random, CurrencyCatalog.Iso4217, CurrencyCatalog.Iso4217.With(Currency.CreateCustom("XTK", 0, "Sweep token")));
        }

        if (type == typeof(MoneyParseOptions))
        {
            return Pick(random, MoneyParseOptions.Default, MoneyParseOptions.For(Currency.USD), MoneyParseOptions.Default.WithCatalog(CurrencyCatalog.Iso4217.With(Currency.CreateCustom("XTK", null, "Sweep token"))));
        }

        if (type == typeof(NumberConventions))
        {
            return Pick(random, NumberConventions.English, NumberConventions.Italian, NumberConventions.Invariant, NumberConventions.Indian, NumberConventions.French, NumberConventions.Arabic, NumberConventions.Create("·", "'", NumberGrouping.None));
        }

        if (type == typeof(Lexicon))
        {
            return Pick(random, Lexicon.English, Lexicon.Italian, Lexicon.German);
        }

        if (type == typeof(FiscalCalendar))
        {
            return FiscalCalendars.All[random.Next(FiscalCalendars.All.Count)];
        }

        if (type == typeof(FiscalYear))
        {
            return new FiscalYear((FiscalCalendar)MakeValue(typeof(FiscalCalendar), random)!, Pick(random, FiscalYear.MinLabel, 2025, 2026, FiscalYear.MaxLabel));
        }

        if (type == typeof(FiscalQuarter))
        {
            return new FiscalQuarter((FiscalYear)MakeValue(typeof(FiscalYear), random)!, 1 + random.Next(4));
        }

        if (type == typeof(Power))
        {
            return Pick(random, Power.FromWatts(700), Power.Zero, Power.FromWatts(-1), Power.FromGigawatts(1E30), Power.FromWatts(double.NaN));
        }

        if (type == typeof(QuantityValue))
        {
            return random.Next(4) == 0 ? (QuantityValue)Pick(random, double.NaN, double.PositiveInfinity, 1E300, -0.5) : (QuantityValue)Decimal(random);
        }

        if (type == typeof(UnitAbbreviationsCache))
        {
            return UnitAbbreviationsCache.CreateDefault();
        }

        if (type == typeof(Type))
        {
            return Pick(random, typeof(Money), typeof(Estimate<Money>), typeof(int), typeof(ExchangeRate), typeof(DateRange), typeof(ResolvedPeriod));
        }

        if (type == typeof(JsonSerializerOptions))
        {
            return new JsonSerializerOptions();
        }

        if (type == typeof(Stream))
        {
            return new MemoryStream(Encoding.UTF8.GetBytes(Pick(random, SmallCsv, "", "Date,USD,\n2025-12-05,x,\n", "<gesmes:Envelope>", "Date,USD\n2025-12-05,79228162514264337593543950335\n", "\uFEFF\u00ff")));
        }

        if (type == typeof(Exception))
        {
            return new InvalidOperationException("sweep");
        }

        if (type == typeof(ExchangeRateTable) || type == typeof(IExchangeRateProvider))
        {
            return Pick(random, ExchangeRateTable.Empty, SmallTable.Value, SmallTable.Value.WithPivot(Currency.EUR), SmallTable.Value.WithLookBack(0));
        }

        if (type == typeof(ExchangeRateProviderChain))
        {
            return new ExchangeRateProviderChain(ExchangeRateTable.Empty, SmallTable.Value);
        }

        if (type == typeof(EcbReferenceRates))
        {
            return EcbReferenceRates.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(SmallCsv)));
        }

        if (type == typeof(RatePolicy))
        {
            return new RatePolicy(Pick(random, 0, 7, 31, 366));
        }

        if (type == typeof(RateChoice))
        {
            return ((RatePolicy)MakeValue(typeof(RatePolicy), random)!).RateOn(SmallTable.Value, Currency.USD, Pick(random, Currency.CNY, Currency.JPY), (DateOnly)MakeValue(typeof(DateOnly), random)!);
        }

        if (type == typeof(RateLookupResult))
        {
            return SmallTable.Value.Lookup(Currency.USD, Pick(random, Currency.CNY, Currency.JPY), (DateOnly)MakeValue(typeof(DateOnly), random)!);
        }

        if (type == typeof(ExchangeComparison))
        {
            return ExchangeComparison.Compare((Money)MakeValue(typeof(Money), random)!, (Money)MakeValue(typeof(Money), random)!, SmallTable.Value, new DateOnly(2025, 12, 5));
        }

        if (type == typeof(StaleConversion))
        {
            return StaleConversions.Value[random.Next(StaleConversions.Value.Length)]; // a pool: finding one walks the history
        }

        if (type == typeof(MoneyComparer))
        {
            return MoneyComparer.ByCurrencyThenAmount;
        }

        if (type == typeof(DomainModelJsonResolver))
        {
            return DomainModelJsonResolver.Default;
        }

        if (type == typeof(CurrencyWithdrawal))
        {
            return Withdrawals.Value[random.Next(Withdrawals.Value.Length)];
        }

        if (type == typeof(ClaimsDocumentOptions))
        {
            return Pick(random, ClaimsDocumentOptions.Default, new ClaimsDocumentOptions { Rates = SmallTable.Value });
        }

        if (type == typeof(ResolvedPeriod))
        {
            return random.Next(4) == 0
                ? ResolvedPeriod.Stated((DateRange)MakeValue(typeof(DateRange), random)!, new DateOnly(2025, 12, 31), "sweep")
                : ResolvedPeriod.Parse(Pick(random, "Nel 2025", "Q3 2025", "nel 2024", "ad agosto", "FY2026"), Pick(random, new DateOnly(2025, 12, 31), DateOnly.MaxValue, new DateOnly(1, 1, 31)), MonthWithoutYear.Nearest, Pick<FiscalCalendar?>(random, null, FiscalCalendars.Microsoft));
        }

        if (type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() is var g && (g == typeof(IEnumerable<>) || g == typeof(IReadOnlyList<>) || g == typeof(IReadOnlyCollection<>) || g == typeof(IList<>))))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];
            var items = Enumerable.Range(0, random.Next(5)).Select(_ => Value(element, random)).Where(v => v is not null || !element.IsValueType).ToArray();
            var array = Array.CreateInstance(element, items.Length);
            Array.Copy(items, array, items.Length);
            return array;
        }

        return null; // no generator: the member is not called with this parameter
    }

    private const string SmallCsv = "Date,USD,JPY,CNY,\n2025-12-05,1.1645,181.07,8.2334,\n2025-12-04,1.1660,180.79,8.2420,\n2024-01-02,1.0956,155.71,7.8147,\n";

    // The cultures this process has (only the invariant one under invariant globalization).
    private static readonly Lazy<CultureInfo[]> Cultures = new(() =>
        [CultureInfo.InvariantCulture, .. ((string[])["de-DE", "ar-SA", "it-IT"]).Select(name => { try { return new CultureInfo(name); } catch (CultureNotFoundException) { return null; } }).OfType<CultureInfo>()]);

    private static readonly Lazy<CurrencyWithdrawal[]> Withdrawals = new(() => [.. Currency.Iso4217Historic.SelectMany(c => c.Withdrawals).Take(20)]);

    private static readonly Lazy<ExchangeRateTable> SmallTable = new(() => EcbReferenceRates.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(SmallCsv))).ToTable());

    private static readonly Lazy<StaleConversion[]> StaleConversions = new(() =>
    {
        var random = new Random(23);
        var found = new List<StaleConversion>();
        DateOnly[] dates = [new DateOnly(2025, 12, 31), new DateOnly(2025, 1, 1), DateOnly.MinValue, DateOnly.MaxValue];
        for (int i = 0; i < 24; i++)
        {
            if (Value(typeof(ExchangeRateRange), random) is ExchangeRateRange range)
            {
                found.Add(StaleConversion.Find(range, SmallTable.Value, dates[i % dates.Length]));
            }
        }

        return [.. found];
    });

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
