namespace KpiTargets;

/// <summary>Sums up a period's progress: per indicator, and a ranking of units by indicators met.</summary>
public static class ProgressSummary
{
    /// <summary>Counts met, behind and no data per indicator, with the median gap.</summary>
    /// <param name="progress">Every unit's progress on every indicator, in any order.</param>
    /// <returns>One entry per indicator, in the order the indicators first appear.</returns>
    public static IReadOnlyList<IndicatorProgress> ByIndicator(IEnumerable<TargetProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return [.. progress
            .GroupBy(entry => entry.Target.Indicator.Code, StringComparer.OrdinalIgnoreCase)
            .Select(group => new IndicatorProgress(
                group.First().Target.Indicator,
                group.Count(entry => entry.Status == ProgressStatus.Met),
                group.Count(entry => entry.Status == ProgressStatus.Behind),
                group.Count(entry => entry.Status == ProgressStatus.NoData),
                Median([.. group.Select(entry => entry.Gap).OfType<decimal>()])))];
    }

    /// <summary>
    /// Ranks units by the number of indicators met, most first; ties are broken by fewer indicators not met (behind or
    /// without data alike, so a unit that sent nothing is not placed above one that reported and fell short), then the
    /// units keep the order they first appear in, and units equal on both share a rank.
    /// </summary>
    /// <param name="progress">Every unit's progress on every indicator, in any order.</param>
    /// <param name="units">How unit names are compared; ordinal when <see langword="null"/>.</param>
    /// <returns>One entry per unit, best first.</returns>
    public static IReadOnlyList<UnitStanding> RankUnits(IEnumerable<TargetProgress> progress, IEqualityComparer<string>? units = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var tallies = progress
            .GroupBy(entry => entry.Target.Unit, units ?? StringComparer.Ordinal)
            .Select(group => (
                Unit: group.First().Target.Unit,
                Met: group.Count(entry => entry.Status == ProgressStatus.Met),
                Behind: group.Count(entry => entry.Status == ProgressStatus.Behind),
                NoData: group.Count(entry => entry.Status == ProgressStatus.NoData)))
            .OrderByDescending(tally => tally.Met)
            .ThenBy(tally => tally.Behind + tally.NoData)
            .ToList();

        var standings = new List<UnitStanding>(tallies.Count);
        for (var i = 0; i < tallies.Count; i++)
        {
            var (unit, met, behind, noData) = tallies[i];
            var tiesWithPrevious = i > 0 && tallies[i - 1].Met == met && tallies[i - 1].Behind + tallies[i - 1].NoData == behind + noData;
            standings.Add(new UnitStanding(tiesWithPrevious ? standings[i - 1].Rank : i + 1, unit, met, behind, noData));
        }

        return standings;
    }

    // The middle value, or the mean of the two middle values; exact in decimal.
    private static decimal? Median(List<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
