namespace DomainModel;

/// <summary>The window in which a user must be active to be counted by <see cref="ActiveUsers"/>.</summary>
public enum ActivityWindow
{
    /// <summary>Daily active users (DAU).</summary>
    Daily = 0,

    /// <summary>Weekly active users (WAU).</summary>
    Weekly = 1,

    /// <summary>Monthly active users (MAU), the default.</summary>
    Monthly = 2,
}
