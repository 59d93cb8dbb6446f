namespace DomainModel.Text;

/// <summary>The language of scale words written by <see cref="NewsNumberFormatter"/>.</summary>
public enum NewsLanguage
{
    /// <summary>million, billion, trillion.</summary>
    English = 0,

    /// <summary>milioni, miliardi, bilioni, trilioni.</summary>
    Italian = 1,
}
