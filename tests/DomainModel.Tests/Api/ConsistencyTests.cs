using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using DomainModel;
using Xunit;

namespace DomainModel.Tests.Api;

/// <summary>
/// Rules every public type of the library keeps, checked by reflection so that types added later are held to them
/// too (after NodaTime's ConsistencyTest and MutabilityTest). Each rule is also run on deliberately broken fixture
/// types, to prove that it can fail.
/// <list type="number">
/// <item><description>Every public struct (enums aside) is <c>readonly</c>.</description></item>
/// <item><description>A public struct that is <c>IEquatable&lt;itself&gt;</c> has <c>==</c> and <c>!=</c> and overrides
/// <c>Equals(object)</c> and <c>GetHashCode</c>.</description></item>
/// <item><description>A public type that is <c>IComparable&lt;itself&gt;</c> is also non-generic <c>IComparable</c> (F#'s
/// <c>compare</c> uses it) and has <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c> and <c>&gt;=</c>.</description></item>
/// <item><description>No public type declares a public or protected settable property (<c>init</c> included) or a
/// non-readonly field.</description></item>
/// <item><description>No public member has a by-reference parameter other than <c>out</c> (no <c>in</c>, <c>ref</c> or
/// <c>ref readonly</c>), unless the signature is dictated by a framework member it overrides (JsonConverter.Read takes
/// <c>ref Utf8JsonReader</c>).</description></item>
/// <item><description>No public member returns a ref struct or has a ref-struct property. Apart from overrides of framework
/// members (whose signature is not ours to choose), a public method may take a ref struct only if it is a span (<c>Span&lt;T&gt;</c>/<c>ReadOnlySpan&lt;T&gt;</c>) and either the method implements an
/// interface member or overrides a framework member (<c>ISpanFormattable.TryFormat</c>, <c>ISpanParsable.Parse</c>…), or
/// the type has a twin: a method of the same name whose parameters are the same except that each span is a
/// <c>string</c> (so F# and other languages have a plain overload).</description></item>
/// </list>
/// </summary>
public sealed class ConsistencyTests
{
    private static readonly Type[] PublicTypes = typeof(Currency).Assembly.GetExportedTypes();

    [Fact]
    public void PublicTypes_AreSeen()
    {
        // Guards against a vacuous pass: the rules below must see the library's value types.
        Assert.Contains(typeof(Money), PublicTypes);
        Assert.Contains(typeof(Currency), PublicTypes);
        Assert.Contains(typeof(DomainModel.Serialization.DomainModelJson), PublicTypes);
    }

    [Fact]
    public void PublicStructs_AreReadOnly() => AssertNone(PublicTypes.SelectMany(ReadOnlyStructViolations));

    [Fact]
    public void EquatableStructs_HaveEqualityOperatorsAndOverrides() => AssertNone(PublicTypes.SelectMany(EqualityViolations));

    [Fact]
    public void ComparableTypes_AreNonGenericComparable_AndHaveOrderingOperators() => AssertNone(PublicTypes.SelectMany(ComparisonViolations));

    [Fact]
    public void PublicTypes_AreImmutable() => AssertNone(PublicTypes.SelectMany(MutabilityViolations));

    [Fact]
    public void PublicMembers_HaveNoByRefParametersButOut() => AssertNone(PublicTypes.SelectMany(ByRefViolations));

    [Fact]
    public void PublicMembers_TakeRefStructsOnlyAsSpansWithATwin() => AssertNone(PublicTypes.SelectMany(RefStructViolations));

    [Fact]
    public void Rules_CatchBrokenFixtures()
    {
        Assert.Single(ReadOnlyStructViolations(typeof(MutableStruct)));
        Assert.Equal(2, MutabilityViolations(typeof(MutableStruct)).Count());
        Assert.Equal(4, EqualityViolations(typeof(MutableStruct)).Count()); // ==, !=, Equals(object), GetHashCode
        Assert.Equal(5, ComparisonViolations(typeof(MutableStruct)).Count()); // IComparable and four operators
        Assert.Equal(2, ByRefViolations(typeof(ByRefFixture)).Count()); // in and ref
        Assert.Equal(
            ["ByRefFixture.Lonely(ReadOnlySpan`1)", "ByRefFixture.Stack(Int32)"],
            RefStructViolations(typeof(ByRefFixture)).Select(v => v[..v.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(ReadOnlyStructViolations(typeof(Money)).Concat(EqualityViolations(typeof(Money))).Concat(ComparisonViolations(typeof(Money))));
    }

    // ---- Rules ---------------------------------------------------------------------------------------------

    private static IEnumerable<string> ReadOnlyStructViolations(Type type)
    {
        if (type.IsValueType && !type.IsEnum && !type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
        {
            yield return $"{type.Name} is a struct but not readonly.";
        }
    }

    private static IEnumerable<string> EqualityViolations(Type type)
    {
        if (!type.IsValueType || type.IsEnum || !Implements(type, typeof(IEquatable<>)))
        {
            yield break;
        }

        foreach (string op in new[] { "op_Equality", "op_Inequality" })
        {
            if (Operator(type, op) is null)
            {
                yield return $"{type.Name} is IEquatable<{type.Name}> but has no {op}.";
            }
        }

        if (type.GetMethod(nameof(Equals), [typeof(object)])?.DeclaringType != type)
        {
            yield return $"{type.Name} does not override Equals(object).";
        }

        if (type.GetMethod(nameof(GetHashCode), Type.EmptyTypes)?.DeclaringType != type)
        {
            yield return $"{type.Name} does not override GetHashCode().";
        }
    }

    private static IEnumerable<string> ComparisonViolations(Type type)
    {
        if (!Implements(type, typeof(IComparable<>)))
        {
            yield break;
        }

        if (!typeof(IComparable).IsAssignableFrom(type))
        {
            yield return $"{type.Name} is IComparable<{type.Name}> but not IComparable (F#'s compare needs it).";
        }

        foreach (string op in new[] { "op_LessThan", "op_GreaterThan", "op_LessThanOrEqual", "op_GreaterThanOrEqual" })
        {
            if (Operator(type, op) is null)
            {
                yield return $"{type.Name} is IComparable<{type.Name}> but has no {op}.";
            }
        }
    }

    private static IEnumerable<string> MutabilityViolations(Type type)
    {
        if (type.IsEnum)
        {
            yield break; // an enum's value__ is the runtime's, and enum values are immutable.
        }

        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var property in type.GetProperties(declared))
        {
            var setter = property.SetMethod;
            if (setter is not null && (setter.IsPublic || setter.IsFamily || setter.IsFamilyOrAssembly))
            {
                yield return $"{type.Name}.{property.Name} has a public or protected setter.";
            }
        }

        foreach (var field in type.GetFields(declared))
        {
            if ((field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly) && !field.IsInitOnly && !field.IsLiteral)
            {
                yield return $"{type.Name}.{field.Name} is a field that can be written.";
            }
        }
    }

    private static IEnumerable<string> ByRefViolations(Type type)
    {
        foreach (var method in VisibleMethods(type))
        {
            if (OverridesFramework(method))
            {
                continue;
            }

            foreach (var parameter in method.GetParameters())
            {
                if (parameter.ParameterType.IsByRef && !parameter.IsOut)
                {
                    string kind = parameter.IsIn ? "in/ref readonly" : "ref";
                    yield return $"{Describe(method)}: parameter '{parameter.Name}' is {kind}; only out is allowed (F# and other languages handle by-ref inputs poorly).";
                }
            }
        }
    }

    private static IEnumerable<string> RefStructViolations(Type type)
    {
        const BindingFlags visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var property in type.GetProperties(visible))
        {
            if (IsRefStruct(property.PropertyType))
            {
                yield return $"{type.Name}.{property.Name}: a ref-struct property.";
            }
        }

        var implementations = InterfaceImplementations(type);
        foreach (var method in VisibleMethods(type))
        {
            if (method is MethodInfo info && IsRefStruct(info.ReturnType))
            {
                yield return $"{Describe(method)}: returns a ref struct.";
            }

            var parameters = method.GetParameters();
            var refStructs = parameters.Where(p => IsRefStruct(Element(p.ParameterType))).ToArray();
            if (refStructs.Length == 0)
            {
                continue;
            }

            if (OverridesFramework(method))
            {
                continue; // the framework dictates the signature (JsonConverter<T>.Read takes ref Utf8JsonReader)
            }

            if (refStructs.Any(p => !IsSpan(Element(p.ParameterType))))
            {
                yield return $"{Describe(method)}: takes a ref struct that is not a span.";
                continue;
            }

            if (implementations.Contains(method) || HasStringTwin(type, method, parameters))
            {
                continue;
            }

            yield return $"{Describe(method)}: takes a span but neither implements an interface member nor has a twin taking string.";
        }
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private static void AssertNone(IEnumerable<string> violations)
    {
        var list = violations.ToList();
        Assert.True(list.Count == 0, string.Join(Environment.NewLine, list));
    }

    private static bool Implements(Type type, Type generic) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic && i.GetGenericArguments()[0] == type);

    private static MethodInfo? Operator(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]);

    private static IEnumerable<MethodBase> VisibleMethods(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        return type.GetMethods(flags).Cast<MethodBase>().Concat(type.GetConstructors(flags))
            .Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly);
    }

    private static bool OverridesFramework(MethodBase method) =>
        method is MethodInfo info && info.GetBaseDefinition() is var root && root != info && root.DeclaringType?.Assembly != info.DeclaringType?.Assembly;

    private static HashSet<MethodBase> InterfaceImplementations(Type type)
    {
        var set = new HashSet<MethodBase>();
        if (type.IsInterface)
        {
            return set;
        }

        foreach (var iface in type.GetInterfaces())
        {
            var map = type.GetInterfaceMap(iface);
            foreach (var target in map.TargetMethods)
            {
                set.Add(target);
            }
        }

        return set;
    }

    private static bool HasStringTwin(Type type, MethodBase method, ParameterInfo[] parameters)
    {
        var expected = parameters.Select(p => IsSpan(Element(p.ParameterType)) ? typeof(string) : p.ParameterType).ToArray();
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        return type.GetMethods(flags).Any(m => m.Name == method.Name && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(expected));
    }

    private static Type Element(Type type) => type.IsByRef ? type.GetElementType()! : type;

    private static bool IsRefStruct(Type type) => Element(type).IsByRefLike;

    private static bool IsSpan(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Span<>) || type.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>));

    private static string Describe(MethodBase method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => Element(p.ParameterType).Name))})";

    // ---- Broken fixtures (public, so the rules see them as they see the library's types) ---------------------------

#pragma warning disable CA1815, CA1051, CA1036, CA1045, S1104 // deliberately broken
    public struct MutableStruct : IEquatable<MutableStruct>, IComparable<MutableStruct>
    {
        public int Field;

        public int Property { get; set; }

        public readonly bool Equals(MutableStruct other) => Field == other.Field;

        public readonly int CompareTo(MutableStruct other) => Field.CompareTo(other.Field);
    }

    public sealed class ByRefFixture
    {
        public static int In(in decimal value) => (int)value;

        public static void Ref(ref int value) => value++;

        public static bool Out(out int value)
        {
            value = 1;
            return true;
        }

        public static int Lonely(ReadOnlySpan<char> text) => text.Length;

        public static int Twin(ReadOnlySpan<char> text) => text.Length;

        public static int Twin(string text) => text.Length;

        public static Span<int> Stack(int length) => new int[length];
    }
#pragma warning restore CA1815, CA1051, CA1036, CA1045, S1104
}
