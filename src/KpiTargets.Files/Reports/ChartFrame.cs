namespace KpiTargets.Files.Reports;

/// <summary>
/// What the charts share: one row per unit with its name on the left, a legend above, a value axis with ticks and
/// grid lines below. Sizes are in the units of the view box, which the page scales to its width.
/// </summary>
internal static class ChartFrame
{
    /// <summary>The view box's width.</summary>
    public const decimal Width = 800m;

    /// <summary>Where a unit's name starts.</summary>
    public const decimal LabelLeft = 6m;

    /// <summary>The x of the value axis's low end.</summary>
    public const decimal PlotLeft = 300m;

    /// <summary>The height of one unit's row.</summary>
    public const decimal RowHeight = 16m;

    private const decimal LegendTop = 14m;
    private const decimal AxisHeight = 36m;
    private const decimal LegendLineHeight = 18m;
    private const decimal LegendSymbolWidth = 22m;

    // A rough width of a letter at the legend's 11 px, enough to space legend entries without measuring text.
    private const decimal LetterWidth = 6.2m;

    /// <summary>A legend entry: its symbol, drawn centred on a point, and its words.</summary>
    public sealed record LegendEntry(Action<Svg, decimal, decimal> Symbol, string Label);

    /// <summary>Where each legend entry goes, from the top left, on as many lines as it needs.</summary>
    /// <returns>The entries with their places, and the y where the rows under the legend start.</returns>
    public static (IReadOnlyList<(LegendEntry Entry, decimal X, decimal Y)> Places, decimal RowsTop) LayOut(IReadOnlyList<LegendEntry> entries)
    {
        var places = new List<(LegendEntry, decimal, decimal)>(entries.Count);
        var x = LabelLeft;
        var y = LegendTop;
        foreach (var entry in entries)
        {
            var width = LegendSymbolWidth + (entry.Label.Length * LetterWidth) + 16m;
            if (x > LabelLeft && x + width > Width)
            {
                x = LabelLeft;
                y += LegendLineHeight;
            }

            places.Add((entry, x, y));
            x += width;
        }

        return (places, y + 16m);
    }

    /// <summary>Draws the legend where <see cref="LayOut"/> placed its entries.</summary>
    public static void Legend(Svg svg, IEnumerable<(LegendEntry Entry, decimal X, decimal Y)> places)
    {
        foreach (var (entry, x, y) in places)
        {
            svg.OpenGroup("legend");
            entry.Symbol(svg, x + 8m, y - 4m);
            svg.Text(x + LegendSymbolWidth, y, entry.Label, "legend-label");
            svg.CloseGroup();
        }
    }

    /// <summary>The chart's full height for rows from <paramref name="rowsTop"/>: the rows, then the axis under them.</summary>
    public static decimal Height(decimal rowsTop, int rows) => RowsBottom(rowsTop, rows) + AxisHeight;

    /// <summary>The y under the last row.</summary>
    public static decimal RowsBottom(decimal rowsTop, int rows) => rowsTop + (rows * RowHeight) + 4m;

    /// <summary>The vertical centre of row <paramref name="index"/> of the rows starting at <paramref name="top"/>.</summary>
    public static decimal RowCentre(decimal top, int index) => top + (index * RowHeight) + (RowHeight / 2m);

    /// <summary>A unit's name at the start of its row; cut short with the full name as its tooltip when long.</summary>
    public static void UnitName(Svg svg, decimal centre, string unit, string cssClass = "unit")
    {
        var (shown, full) = UnitLabel.Of(unit);
        svg.Text(LabelLeft, centre + 4m, shown, cssClass, full);
    }

    /// <summary>Grid lines at the axis's ticks from <paramref name="top"/> to <paramref name="bottom"/>, their values under them and the axis's title.</summary>
    public static void Axis(Svg svg, ChartScale scale, decimal top, decimal bottom, string title, ReportText text, decimal plotRight)
    {
        svg.OpenGroup("axis");
        foreach (var tick in scale.Ticks)
        {
            var x = scale.X(tick);
            svg.Line(x, top, x, bottom, "grid");
            svg.Text(x, bottom + 13m, text.Number(tick), "tick");
        }

        svg.Line(PlotLeft, bottom, plotRight, bottom, "baseline");
        svg.Text((PlotLeft + plotRight) / 2m, bottom + 28m, title, "axis-title");
        svg.CloseGroup();
    }
}
