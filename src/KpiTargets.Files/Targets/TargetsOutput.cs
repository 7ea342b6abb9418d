using KpiTargets.Files.Csv;
using KpiTargets.Files.Formats;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Targets;

/// <summary>How targets are written: the format (named by the output path), the layout, the titles' language and the CSV spelling.</summary>
/// <param name="OutputPath">The output path: a workbook when it ends in <c>.xlsx</c>, CSV otherwise or when <see langword="null"/> (standard output).</param>
/// <param name="Layout">How the table is arranged: long, canonical (the first six long columns) or wide.</param>
/// <param name="GuardFormulas">Whether CSV text that a spreadsheet would run as a formula gets a leading apostrophe.</param>
/// <param name="Dialect">How CSV is spelled: plain for scripts, or as Excel opens it.</param>
/// <param name="Text">Column titles, flags and the explanations' language.</param>
internal sealed record TargetsOutput(string? OutputPath, TargetsLayoutKind Layout, bool GuardFormulas, CsvDialect Dialect, OutputText Text)
{
    // Readable widths in Excel's character units: names and explanations are long, numbers short.
    private static readonly double[] LongWidths = [40, 10, 12, 14, 12, 8, 60, 9, 12, 70];
    private const double UnitWidth = 40;
    private const double TargetWidth = 16;

    /// <summary>The layout writing into <paramref name="destination"/>, in this output's format.</summary>
    /// <param name="catalog">The catalog of the assignments; the wide layout has a column for each of its indicators present.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="writeHeader">False for a slice of a file whose header is written already.</param>
    /// <param name="shape">
    /// Whether the input has counts, known once its header is read: the long layout then adds their columns. The wide
    /// and canonical layouts never do.
    /// </param>
    public TargetsLayout CreateLayout(IndicatorCatalog catalog, Stream destination, bool writeHeader, InputShape? shape = null)
    {
        IReadOnlyList<double> widths = Layout switch
        {
            TargetsLayoutKind.Wide => [UnitWidth, .. Enumerable.Repeat(TargetWidth, catalog.Indicators.Count)],
            TargetsLayoutKind.Canonical => LongWidths[..LongTargetsLayout.CanonicalColumns],
            _ => LongWidths,
        };
        var writer = TableFiles.CreateWriter(OutputPath, destination, GuardFormulas, "targets_2024", widths, Dialect, startsFile: writeHeader);
        return Layout == TargetsLayoutKind.Wide
            ? new WideTargetsLayout(writer, catalog, Text)
            : new LongTargetsLayout(writer, Text, canonicalOnly: Layout == TargetsLayoutKind.Canonical, writeHeader, shape);
    }
}
