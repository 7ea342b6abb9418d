using KpiTargets.Files.Results;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Tracking;

/// <summary>
/// <c>track</c>'s tables as rows of cells, for any <see cref="ITableWriter"/>: the progress (long or wide), the summary
/// per indicator and the ranking of units. Each is a view of the same <see cref="TargetProgress"/> entries; nothing is
/// computed again here but through <see cref="ProgressSummary"/>.
/// </summary>
internal static class TrackTables
{
    /// <summary>One row per target, in the targets' order: unit, indicator, target, actual, gap, status, name, period.</summary>
    public static void WriteLong(ITableWriter writer, IEnumerable<TargetProgress> progress, TrackText text, string period)
    {
        writer.WriteRow([.. text.LongHeader.Select(title => (Cell)title)]);
        foreach (var entry in progress)
        {
            var target = entry.Target;
            writer.WriteRow([
                target.Unit, target.Indicator.Code, Cell.Of(target.Target2024), Cell.Of(entry.Actual), Cell.Of(entry.Gap),
                text.Status(entry.Status), target.Indicator.NameVietnamese, period]);
        }
    }

    /// <summary>
    /// One row per unit, in order of first appearance (units compared as <c>assign</c> compares them), with target,
    /// actual and status columns for each indicator present, in catalog order; cells are empty where a unit has no
    /// target on an indicator.
    /// </summary>
    public static void WriteWide(ITableWriter writer, IReadOnlyList<TargetProgress> progress, IndicatorCatalog catalog, TrackText text, string period)
    {
        var indicators = catalog.Indicators
            .Where(indicator => progress.Any(entry => string.Equals(entry.Target.Indicator.Code, indicator.Code, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        writer.WriteRow([text.UnitTitle, .. indicators.SelectMany(indicator => text.WideColumns(indicator.Code)).Select(title => (Cell)title), text.PeriodTitle]);
        foreach (var unit in progress.GroupBy(entry => entry.Target.Unit, UnitNameComparer.Instance))
        {
            var row = new List<Cell> { unit.First().Target.Unit };
            foreach (var indicator in indicators)
            {
                var entry = unit.FirstOrDefault(e => string.Equals(e.Target.Indicator.Code, indicator.Code, StringComparison.OrdinalIgnoreCase));
                row.AddRange(entry is null
                    ? [default, default, default]
                    : [Cell.Of(entry.Target.Target2024), Cell.Of(entry.Actual), text.Status(entry.Status)]);
            }

            row.Add(period);
            writer.WriteRow([.. row]);
        }
    }

    /// <summary>Per indicator, in catalog order: units with a target, met, behind, no data, the median gap.</summary>
    public static void WriteSummary(ITableWriter writer, IEnumerable<TargetProgress> progress, IndicatorCatalog catalog, TrackText text, string period)
    {
        var order = catalog.Indicators.Select(indicator => indicator.Code).ToList();
        writer.WriteRow([.. text.SummaryHeader.Select(title => (Cell)title)]);
        foreach (var indicator in ProgressSummary.ByIndicator(progress).OrderBy(entry => order.FindIndex(code => string.Equals(code, entry.Indicator.Code, StringComparison.OrdinalIgnoreCase))))
        {
            writer.WriteRow([
                indicator.Indicator.Code, indicator.Indicator.NameVietnamese, Cell.Of(indicator.Units), Cell.Of(indicator.Met),
                Cell.Of(indicator.Behind), Cell.Of(indicator.NoData), Cell.Of(indicator.MedianGap), period]);
        }
    }

    /// <summary>The units, most indicators met first (<see cref="ProgressSummary.RankUnits"/>), units compared as <c>assign</c> compares them.</summary>
    public static void WriteRanking(ITableWriter writer, IEnumerable<TargetProgress> progress, TrackText text, string period)
    {
        writer.WriteRow([.. text.RankingHeader.Select(title => (Cell)title)]);
        foreach (var standing in ProgressSummary.RankUnits(progress, UnitNameComparer.Instance))
        {
            writer.WriteRow([
                Cell.Of(standing.Rank), standing.Unit, Cell.Of(standing.Indicators), Cell.Of(standing.Met),
                Cell.Of(standing.Behind), Cell.Of(standing.NoData), period]);
        }
    }
}
