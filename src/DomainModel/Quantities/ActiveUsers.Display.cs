using System;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel;

/// <content>Notebook display: the one-line form .NET Interactive shows (see <see cref="TypeFormatterSourceAttribute"/>).</content>
public readonly partial struct ActiveUsers : IDisplayable
{
    /// <inheritdoc/>
    string IDisplayable.DisplayText() => FormattableString.Invariant($"{Users:N0} {Kind.Name}s, {PeriodStart:yyyy-MM-dd}..{PeriodEnd:yyyy-MM-dd}");
}
