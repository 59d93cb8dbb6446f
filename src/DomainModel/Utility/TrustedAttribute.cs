using System;

namespace DomainModel.Utility;

/// <summary>
/// Marks a parameter whose value the caller has already validated: a non-public constructor or factory that skips the
/// public checks and only asserts them with <see cref="Preconditions.DebugCheck"/> (debug builds). Only non-public
/// members may have such parameters (a reflection test enforces it), so every public path still validates.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class TrustedAttribute : Attribute
{
}
