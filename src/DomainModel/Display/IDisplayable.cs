namespace DomainModel.Utility;

/// <summary>
/// A value with a one-line display form for notebooks that differs from its invariant <c>ToString()</c> (grouped
/// digits, a currency's name): each type says how it shows itself, so the display code names no concrete type.
/// </summary>
internal interface IDisplayable
{
    /// <summary>The plain-text display form, culture-invariant.</summary>
    string DisplayText();
}
