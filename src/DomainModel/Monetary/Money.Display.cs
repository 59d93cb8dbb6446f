namespace DomainModel.Monetary;

/// <content>Notebook display: a compact one-line form in .NET Interactive (see <see cref="Display.TypeFormatterSourceAttribute"/>).</content>
[Display.TypeFormatterSource(typeof(Display.DisplayFormatterSource<Money>))]
public readonly partial struct Money;
