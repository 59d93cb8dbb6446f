using System;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel;

/// <content>Notebook display: the one-line form .NET Interactive shows (see <see cref="TypeFormatterSourceAttribute"/>).</content>
public readonly partial struct TokenVolume : IDisplayable
{
    /// <inheritdoc/>
    string IDisplayable.DisplayText() => ToString("#,0.############################", CultureInfo.InvariantCulture);
}
