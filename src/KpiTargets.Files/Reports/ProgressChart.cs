namespace KpiTargets.Files.Reports;

/// <summary>
/// The bullet chart of one indicator's progress: a row per unit, a grey band from the axis's start to the unit's 2024
/// target, a black tick at the target and a bar for the period's actual. A unit that has met its target has a filled
/// bar; a unit behind has an open, outlined bar, a tinted row and the words "▼ behind" at the row's end, so it stands
/// out in grey scale and to readers who do not see colour. A unit without an actual has no bar at all, never a bar of 0,
/// and says so. Every mark's tooltip names the unit, its actual, its target, the gap and the status.
/// </summary>
internal static class ProgressChart
{
    private const decimal PlotRight = 660m;
    private const decimal StatusLeft = 672m;

    /// <summary>Draws the chart of <paramref name="indicator"/>'s progress, one row per target in their order.</summary>
    public static void Write(Svg svg, ReportText text, Indicator indicator, IReadOnlyList<TargetProgress> progress)
    {
        var (legend, top) = ChartFrame.LayOut(
        [
            new(Met, text.MetLegend),
            new(Behind, text.BehindLegend),
            new(TargetKey, text.TargetLegend),
        ]);
        var bottom = ChartFrame.RowsBottom(top, progress.Count);
        var values = progress.SelectMany(entry => new[] { entry.Target.Target2024, entry.Actual ?? entry.Target.Target2024 });
        var scale = ChartScale.For(indicator, values.Append(indicator.CentralTarget), ChartFrame.PlotLeft, PlotRight);
        var behind = progress.Count(entry => entry.Status == ProgressStatus.Behind);
        var noData = progress.Count(entry => entry.Status == ProgressStatus.NoData);

        svg.Open("progress-chart", ChartFrame.Width, ChartFrame.Height(top, progress.Count), text.ProgressChartLabel(indicator.Code, progress.Count, behind, noData));
        ChartFrame.Legend(svg, legend);
        for (var i = 0; i < progress.Count; i++)
        {
            if (progress[i].Status == ProgressStatus.Behind)
            {
                svg.Rect(0m, ChartFrame.RowCentre(top, i) - (ChartFrame.RowHeight / 2m), ChartFrame.Width, ChartFrame.RowHeight, "behind-row");
            }
        }

        ChartFrame.Axis(svg, scale, top, bottom, text.ActualAxis(indicator.UnitOfMeasure), text, PlotRight);
        for (var i = 0; i < progress.Count; i++)
        {
            Row(svg, text, scale, progress[i], ChartFrame.RowCentre(top, i));
        }

        svg.Close();
    }

    private static void Row(Svg svg, ReportText text, ChartScale scale, TargetProgress entry, decimal y)
    {
        var indicator = entry.Target.Indicator;
        var status = text.Status(entry.Status);
        var isBehind = entry.Status == ProgressStatus.Behind;
        ChartFrame.UnitName(svg, y, entry.Target.Unit, isBehind ? "unit unit-behind" : "unit");
        var title = text.ProgressMark(
            entry.Target.Unit,
            entry.Actual is { } actual ? text.Quantity(actual, indicator) : null,
            text.Quantity(entry.Target.Target2024, indicator),
            entry.Gap is { } gap ? text.Number(gap) : null,
            status);
        svg.OpenGroup("mark", title);
        var targetX = scale.X(entry.Target.Target2024);
        svg.Rect(ChartFrame.PlotLeft, y - 5m, targetX - ChartFrame.PlotLeft, 10m, "band");
        if (entry.Actual is { } value)
        {
            svg.Rect(ChartFrame.PlotLeft, y - 3m, scale.X(value) - ChartFrame.PlotLeft, 6m, isBehind ? "actual-behind" : "actual-met");
        }
        else
        {
            svg.Text(ChartFrame.PlotLeft + 4m, y + 3.5m, status, "note");
        }

        svg.Line(targetX, y - 7m, targetX, y + 7m, "target");
        svg.Text(StatusLeft, y + 4m, isBehind ? $"▼ {status}" : status, isBehind ? "status status-behind" : "status");
        svg.CloseGroup();
    }

    private static void Met(Svg svg, decimal x, decimal y) => svg.Rect(x - 8m, y - 3m, 16m, 6m, "actual-met");

    private static void Behind(Svg svg, decimal x, decimal y) => svg.Rect(x - 8m, y - 3m, 16m, 6m, "actual-behind");

    private static void TargetKey(Svg svg, decimal x, decimal y)
    {
        svg.Rect(x - 10m, y - 5m, 10m, 10m, "band");
        svg.Line(x, y - 7m, x, y + 7m, "target");
    }
}
