using KpiTargets.Cli.Output;
using KpiTargets.Cli.Xlsx;

namespace KpiTargets.Cli.Jobs;

/// <summary>Builds the writing half of <c>assign</c>: the format from the output path, the layout from the request.</summary>
internal static class TargetsOutput
{
    // Readable widths in Excel's character units: names and explanations are long, numbers short.
    private static readonly double[] LongWidths = [40, 10, 12, 14, 12, 8, 60, 9, 12, 70];
    private const double UnitWidth = 40;
    private const double TargetWidth = 16;

    public static bool IsWorkbook(string? path) => path?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true;

    public static ITargetsLayout Create(AssignRequest request, IndicatorCatalog catalog, Stream destination)
    {
        var text = request.InputOptions.Messages.IsVietnamese ? OutputText.Vietnamese : OutputText.English;
        IReadOnlyList<double> widths = request.Layout switch
        {
            TargetsLayoutKind.Wide => [UnitWidth, .. Enumerable.Repeat(TargetWidth, catalog.Indicators.Count)],
            TargetsLayoutKind.Canonical => LongWidths[..LongTargetsLayout.CanonicalColumns],
            _ => LongWidths,
        };
        ITableWriter writer = IsWorkbook(request.Output)
            ? new XlsxTableWriter(destination, "targets_2024", widths)
            : new CsvTableWriter(destination, request.GuardFormulas);
        return request.Layout == TargetsLayoutKind.Wide
            ? new WideTargetsLayout(writer, catalog, text)
            : new LongTargetsLayout(writer, text, request.Policy, canonicalOnly: request.Layout == TargetsLayoutKind.Canonical);
    }
}
