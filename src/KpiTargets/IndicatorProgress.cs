namespace KpiTargets;

/// <summary>How the units stand on one indicator in a period.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Met">Units whose actual reaches the target.</param>
/// <param name="Behind">Units whose actual is below the target.</param>
/// <param name="NoData">Units without an actual.</param>
/// <param name="MedianGap">
/// The median of the gaps of units with an actual (the mean of the middle two when their number is even), or
/// <see langword="null"/> when no unit has one.
/// </param>
public sealed record IndicatorProgress(Indicator Indicator, int Met, int Behind, int NoData, decimal? MedianGap)
{
    /// <summary>Units with a target on the indicator.</summary>
    public int Units => Met + Behind + NoData;
}
