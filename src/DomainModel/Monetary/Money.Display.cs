using System;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel;

/// <content>Notebook display: the one-line form .NET Interactive shows (see <see cref="TypeFormatterSourceAttribute"/>).</content>
[TypeFormatterSource(typeof(DisplayFormatterSource<Money>))]
public readonly partial struct Money : IDisplayable
{
    /// <inheritdoc/>
    string IDisplayable.DisplayText() => ToString("C", CultureInfo.InvariantCulture);
}
