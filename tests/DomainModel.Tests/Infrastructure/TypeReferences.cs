using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace DomainModel.Tests.Infrastructure;

/// <summary>
/// Which types a compiled type uses: its base type, interfaces, fields, properties, events, method signatures,
/// custom attributes, local variables and every type, field and method token in its methods' IL (calls, object
/// creations, field loads, casts, <c>typeof</c>, boxing…), generic arguments expanded. Nested and compiler-generated
/// types (lambdas' closures, iterators, async state machines) count as their outermost declaring type.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OneByte = new();
    private static readonly Dictionary<short, OpCode> TwoByte = new();

    static TypeReferences()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            if (code.Size == 1)
            {
                OneByte[code.Value] = code;
            }
            else
            {
                TwoByte[(short)(code.Value & 0xFF)] = code;
            }
        }
    }

    /// <summary>One use: <paramref name="User"/> (outermost declaring type) uses <paramref name="Used"/>.</summary>
    internal readonly record struct Use(Type User, Type Used);

    /// <summary>Every use by every type of the assembly, public or not.</summary>
    internal static IEnumerable<Use> Uses(Assembly assembly) => Uses(assembly.GetTypes());

    /// <summary>Every use by the given types.</summary>
    internal static IEnumerable<Use> Uses(IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            var user = Outermost(type);
            foreach (var used in Direct(type).Where(t => t is not null).SelectMany(t => Expand(t!)))
            {
                yield return new Use(user, Outermost(used));
            }
        }
    }

    /// <summary>The graph of namespaces starting with <paramref name="prefix"/>: which of them each one uses.</summary>
    internal static Dictionary<string, HashSet<string>> NamespaceGraph(IEnumerable<Assembly> assemblies, string prefix)
    {
        bool Ours(string? ns) => ns is not null && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal)) && !ns.StartsWith(prefix + ".Tests", StringComparison.Ordinal);
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
        {
            foreach (var use in Uses(assembly))
            {
                string? from = use.User.Namespace, to = use.Used.Namespace;
                if (!Ours(from))
                {
                    continue;
                }

                var targets = graph.TryGetValue(from!, out var set) ? set : graph[from!] = new HashSet<string>(StringComparer.Ordinal);
                if (Ours(to) && to != from)
                {
                    targets.Add(to!);
                }
            }
        }

        return graph;
    }

    /// <summary>A cycle of the graph as a path that ends where it starts, or null.</summary>
    internal static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in (graph.GetValueOrDefault(node) ?? []).Order(StringComparer.Ordinal))
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.SkipWhile(n => n != next), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer && !type.IsGenericParameter)
        {
            type = outer;
        }

        return type;
    }

    private static IEnumerable<Type?> Direct(Type type)
    {
        yield return type.BaseType;
        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var a in type.GetCustomAttributesData())
        {
            foreach (var t in Attribute(a))
            {
                yield return t;
            }
        }

        foreach (var f in type.GetFields(All))
        {
            yield return f.FieldType;
        }

        foreach (var p in type.GetProperties(All))
        {
            yield return p.PropertyType;
        }

        foreach (var e in type.GetEvents(All))
        {
            yield return e.EventHandlerType;
        }

        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi)
            {
                yield return mi.ReturnType;
            }

            foreach (var p in m.GetParameters())
            {
                yield return p.ParameterType;
            }

            foreach (var a in m.GetCustomAttributesData())
            {
                foreach (var t in Attribute(a))
                {
                    yield return t;
                }
            }

            foreach (var t in Body(m))
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<Type> Attribute(CustomAttributeData attribute)
    {
        yield return attribute.AttributeType;
        foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(n => n.TypedValue)))
        {
            if (argument.Value is Type t)
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<Type> Body(MethodBase method)
    {
        MethodBody? body;
        try
        {
            body = method.GetMethodBody();
        }
        catch (InvalidOperationException)
        {
            yield break;
        }

        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        foreach (var member in Tokens(method, body))
        {
            switch (member)
            {
                case Type t:
                    yield return t;
                    break;
                case FieldInfo f:
                    yield return f.DeclaringType!;
                    yield return f.FieldType;
                    break;
                case MethodBase m:
                    yield return m.DeclaringType!;
                    if (m is MethodInfo { IsGenericMethod: true } gm)
                    {
                        foreach (var a in gm.GetGenericArguments())
                        {
                            yield return a;
                        }
                    }

                    if (m is MethodInfo mi)
                    {
                        yield return mi.ReturnType;
                    }

                    break;
            }
        }
    }

    /// <summary>Every member (type, field, method or constructor) that a method's IL names, in order.</summary>
    internal static IEnumerable<MemberInfo> Tokens(MethodBase method)
    {
        MethodBody? body;
        try
        {
            body = method.GetMethodBody();
        }
        catch (InvalidOperationException)
        {
            yield break;
        }

        if (body is not null)
        {
            foreach (var member in Tokens(method, body))
            {
                yield return member;
            }
        }
    }

    /// <summary>Every call or object creation in the methods and constructors of the assembly's types (nested ones included): which method calls which.</summary>
    internal static IEnumerable<(MethodBase Caller, MethodBase Callee)> Calls(Assembly assembly) =>
        from type in assembly.GetTypes()
        from caller in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All))
        from member in Tokens(caller)
        where member is MethodBase
        select (caller, (MethodBase)member);

    private static IEnumerable<MemberInfo> Tokens(MethodBase method, MethodBody body)
    {
        byte[] il = body.GetILAsByteArray() ?? [];
        var module = method.Module;
        Type[]? typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int i = 0;
        while (i < il.Length)
        {
            OpCode code = il[i] == 0xFE ? TwoByte[il[++i]] : OneByte[il[i]];
            i++;
            int token = 0;
            switch (code.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    int count = BitConverter.ToInt32(il, i);
                    i += 4 + (4 * count);
                    break;
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    token = BitConverter.ToInt32(il, i);
                    i += 4;
                    break;
                default:
                    i += 4;
                    break;
            }

            if (token == 0)
            {
                continue;
            }

            MemberInfo? member;
            try
            {
                member = module.ResolveMember(token, typeArgs, methodArgs);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (member is not null)
            {
                yield return member;
            }
        }
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Expand(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return t;
            }
        }
    }
}
