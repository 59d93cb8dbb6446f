namespace DomainModel;

/// <summary>How two estimates are ordered when each stands for an interval of values.</summary>
public enum EstimateOrder
{
    /// <summary>The intervals share at least one value: neither is certainly greater.</summary>
    Overlapping = 0,

    /// <summary>Every value of the first is less than every value of the second.</summary>
    Less = 1,

    /// <summary>Every value of the first is greater than every value of the second.</summary>
    Greater = 2,
}
