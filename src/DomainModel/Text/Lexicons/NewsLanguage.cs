namespace DomainModel.Text;

/// <summary>A language news is read and written in; each has one <see cref="Lexicon"/> with every word its readers know.</summary>
public enum NewsLanguage
{
    /// <summary>million, billion, trillion.</summary>
    English = 0,

    /// <summary>milioni, miliardi, bilioni, trilioni.</summary>
    Italian = 1,

    /// <summary>Millionen, Milliarden, Billionen (long scale: a Billion is 10^12).</summary>
    German = 2,
}
