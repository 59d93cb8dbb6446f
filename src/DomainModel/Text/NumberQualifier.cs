namespace DomainModel.Text;

/// <summary>A hedge written before a figure ("circa 23 miliardi", "oltre 30 trilioni", "up to 80,000"), reported as written, not applied to the value.</summary>
public enum NumberQualifier
{
    /// <summary>No qualifier.</summary>
    None = 0,

    /// <summary>about, around, approximately, roughly; circa, intorno a, all'incirca.</summary>
    About = 1,

    /// <summary>over, more than, above; oltre, più di, sopra.</summary>
    Over = 2,

    /// <summary>under, less than, below; meno di, sotto.</summary>
    Under = 3,

    /// <summary>at least; almeno.</summary>
    AtLeast = 4,

    /// <summary>up to; fino a.</summary>
    UpTo = 5,

    /// <summary>nearly, almost; quasi.</summary>
    Nearly = 6,
}
