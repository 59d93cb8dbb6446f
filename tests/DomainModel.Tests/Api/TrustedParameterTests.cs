using System;
using System.Linq;
using System.Reflection;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Api;

/// <summary>
/// The rule of trusted construction: a parameter marked <c>[Trusted]</c> (its caller has validated it; the member only
/// checks it in debug builds) appears only on non-public members, so every public constructor and factory validates;
/// and no member carries a dummy <c>bool trusted</c> parameter instead.
/// </summary>
public sealed class TrustedParameterTests
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly[] Assemblies = [typeof(Money).Assembly, typeof(ClaimsDocument).Assembly];

    private static MethodBase[] Members() =>
        Assemblies.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(All).Cast<MethodBase>().Concat(t.GetConstructors(All)))
            .ToArray();

    private static bool IsTrusted(ParameterInfo p) => p.GetCustomAttributesData().Any(a => a.AttributeType.Name == "TrustedAttribute");

    [Fact]
    public void TrustedParameters_AppearOnlyOnMembersOutsideThePublicApi()
    {
        var trusted = Members().Where(m => m.GetParameters().Any(IsTrusted)).ToArray();
        Assert.NotEmpty(trusted); // the rule has something to hold for (DateRange, TokenVolume)
        var visible = trusted
            .Where(m => (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly) && m.DeclaringType!.IsVisible)
            .Select(m => $"{m.DeclaringType}.{m.Name}");
        Assert.Empty(visible);
    }

    [Fact]
    public void NoMember_HasADummyTrustedFlag()
    {
        var flags = Members()
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(bool) && string.Equals(p.Name, "trusted", StringComparison.OrdinalIgnoreCase)))
            .Select(m => $"{m.DeclaringType}.{m.Name}");
        Assert.Empty(flags);
    }
}
