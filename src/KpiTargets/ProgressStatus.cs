namespace KpiTargets;

/// <summary>Where a unit stands against its target in a period.</summary>
public enum ProgressStatus
{
    /// <summary>The actual is at or above the target.</summary>
    Met,

    /// <summary>The actual is below the target.</summary>
    Behind,

    /// <summary>There is no actual for the period: no row, an empty cell or <c>N/A</c>. Never read as 0.</summary>
    NoData,
}
