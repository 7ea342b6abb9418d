namespace KpiTargets.Files.Reports;

/// <summary>
/// The dot chart of one indicator's 2023 results: a row per unit, its result as a mark on the value axis, and the
/// central target as a dashed vertical line. Clause a is an open circle and clause b a filled square, so the two differ
/// in shape and in fill and read in grey scale; a capped target has a ring around its square, and a unit without a
/// 2023 result a dashed diamond at the axis's start with the words beside it. Every mark's tooltip names the unit, its
/// result, its target and its clause.
/// </summary>
internal static class ResultsChart
{
    private const decimal PlotRight = 780m;
    private const decimal MarkSize = 4.5m;

    /// <summary>Draws the chart of <paramref name="indicator"/>'s targets, one row per target in their order.</summary>
    public static void Write(Svg svg, ReportText text, Indicator indicator, IReadOnlyList<AssignedTarget> targets)
    {
        var central = text.Quantity(indicator.CentralTarget, indicator);
        var (legend, top) = ChartFrame.LayOut(
        [
            new(ClauseA, text.ClauseALegend),
            new(ClauseB, text.ClauseBLegend),
            new(Capped, text.CappedLegend),
            new(NoBaseline, text.NoBaselineLegend),
            new(CentralKey, text.CentralLegend(central)),
        ]);
        var bottom = ChartFrame.RowsBottom(top, targets.Count);
        var values = targets.Select(target => target.Result2023).OfType<decimal>().Append(indicator.CentralTarget);
        var scale = ChartScale.For(indicator, values, ChartFrame.PlotLeft, PlotRight);

        svg.Open("results-chart", ChartFrame.Width, ChartFrame.Height(top, targets.Count), text.ResultsChartLabel(indicator.Code, targets.Count, central));
        ChartFrame.Legend(svg, legend);
        ChartFrame.Axis(svg, scale, top, bottom, text.ResultAxis(indicator.UnitOfMeasure), text, PlotRight);
        for (var i = 0; i < targets.Count; i++)
        {
            Row(svg, text, scale, targets[i], ChartFrame.RowCentre(top, i));
        }

        var centralX = scale.X(indicator.CentralTarget);
        svg.OpenGroup("central-target", text.CentralLegend(central));
        svg.Line(centralX, top - 4m, centralX, bottom, "central");
        svg.CloseGroup();
        svg.Close();
    }

    private static void Row(Svg svg, ReportText text, ChartScale scale, AssignedTarget target, decimal y)
    {
        svg.Line(ChartFrame.PlotLeft, y, PlotRight, y, "guide");
        ChartFrame.UnitName(svg, y, target.Unit);
        var result = target.Result2023 is { } value ? text.Quantity(value, target.Indicator) : null;
        var title = text.ResultMark(target.Unit, result, text.Quantity(target.Target2024, target.Indicator), target.Clause.Letter(), target.IsCapped);
        svg.OpenGroup("mark", title);
        if (target.Result2023 is not { } known)
        {
            NoBaseline(svg, ChartFrame.PlotLeft + 8m, y);
            svg.Text(ChartFrame.PlotLeft + 18m, y + 3.5m, text.NoBaselineLegend, "note");
        }
        else if (target.IsCapped)
        {
            Capped(svg, scale.X(known), y);
        }
        else if (target.Clause == RuleClause.B)
        {
            ClauseB(svg, scale.X(known), y);
        }
        else
        {
            ClauseA(svg, scale.X(known), y);
        }

        svg.CloseGroup();
    }

    private static void ClauseA(Svg svg, decimal x, decimal y) => svg.Circle(x, y, MarkSize, "clause-a");

    private static void ClauseB(Svg svg, decimal x, decimal y) => svg.Rect(x - MarkSize, y - MarkSize, 2m * MarkSize, 2m * MarkSize, "clause-b");

    private static void Capped(Svg svg, decimal x, decimal y)
    {
        ClauseB(svg, x, y);
        svg.Rect(x - MarkSize - 2.5m, y - MarkSize - 2.5m, (2m * MarkSize) + 5m, (2m * MarkSize) + 5m, "cap-ring");
    }

    private static void NoBaseline(Svg svg, decimal x, decimal y) =>
        svg.Polygon("no-baseline", (x, y - MarkSize - 1m), (x + MarkSize + 1m, y), (x, y + MarkSize + 1m), (x - MarkSize - 1m, y));

    private static void CentralKey(Svg svg, decimal x, decimal y) => svg.Line(x, y - 7m, x, y + 7m, "central");
}
