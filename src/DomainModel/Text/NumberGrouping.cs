namespace DomainModel.Text;

/// <summary>How the digits before the decimal separator are grouped (see <see cref="NumberConventions"/>).</summary>
public enum NumberGrouping
{
    /// <summary>Groups of three: 1,234,567 (English, Italian, most cultures).</summary>
    Thousands = 0,

    /// <summary>The last group of three, the others of two (lakh and crore): 12,34,567 (en-IN, hi-IN).</summary>
    Indian = 1,

    /// <summary>No grouping: the group separator never occurs.</summary>
    None = 2,
}
