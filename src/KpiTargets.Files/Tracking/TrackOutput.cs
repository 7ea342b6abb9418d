using KpiTargets.Files.Csv;
using KpiTargets.Files.Formats;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Xlsx;

namespace KpiTargets.Files.Tracking;

/// <summary>
/// How <c>track</c> writes: the progress table to its output (CSV, or a workbook whose second and third sheets are the
/// summary and the ranking), and the summary file (CSV with the summary, an empty line and the ranking, or a workbook
/// of those two sheets). Text a spreadsheet would run as a formula is always guarded in CSV, as <c>assign</c> does by default.
/// </summary>
/// <param name="Layout">The progress table's layout.</param>
/// <param name="Text">Titles and status words.</param>
/// <param name="Period">The period's label, on every row; empty when none was given.</param>
internal sealed record TrackOutput(TrackLayoutKind Layout, TrackText Text, string Period)
{
    private const bool GuardFormulas = true;

    // Readable widths in Excel's character units: names long, numbers short.
    private static readonly double[] LongWidths = [40, 10, 12, 10, 10, 16, 60, 14];
    private static readonly double[] SummaryWidths = [10, 60, 10, 8, 10, 16, 14, 14];
    private static readonly double[] RankingWidths = [8, 40, 12, 8, 10, 16, 14];

    /// <summary>Writes the progress to <paramref name="destination"/>, in the format <paramref name="path"/> names.</summary>
    /// <param name="path">The output path, or <see langword="null"/> for standard output (CSV).</param>
    /// <param name="progress">Every target's progress, in the targets' order.</param>
    /// <param name="catalog">The targets' catalog, whose order the wide layout's columns follow.</param>
    /// <param name="destination">Where the bytes go.</param>
    public void Write(string? path, IReadOnlyList<TargetProgress> progress, IndicatorCatalog catalog, Stream destination)
    {
        double[] mainWidths = Layout == TrackLayoutKind.Wide
            ? [40, .. Enumerable.Repeat(14.0, 3 * catalog.Indicators.Count), 14]
            : LongWidths;
        using var writer = TableFiles.CreateWriter(
            path, destination, GuardFormulas, [new XlsxSheet("track", mainWidths), .. SummarySheets()], CsvDialect.Plain);
        if (Layout == TrackLayoutKind.Wide)
        {
            TrackTables.WriteWide(writer, progress, catalog, Text, Period);
        }
        else
        {
            TrackTables.WriteLong(writer, progress, Text, Period);
        }

        if (TableFiles.IsWorkbook(path))
        {
            writer.NextTable();
            WriteSummaryTables(writer, progress, catalog);
        }
    }

    /// <summary>Writes the summary and the ranking to <paramref name="destination"/>, in the format <paramref name="path"/> names.</summary>
    public void WriteSummary(string path, IReadOnlyList<TargetProgress> progress, IndicatorCatalog catalog, Stream destination)
    {
        using var writer = TableFiles.CreateWriter(path, destination, GuardFormulas, SummarySheets(), CsvDialect.Plain);
        WriteSummaryTables(writer, progress, catalog);
    }

    private static XlsxSheet[] SummarySheets() => [new("summary", SummaryWidths), new("ranking", RankingWidths)];

    private void WriteSummaryTables(ITableWriter writer, IReadOnlyList<TargetProgress> progress, IndicatorCatalog catalog)
    {
        TrackTables.WriteSummary(writer, progress, catalog, Text, Period);
        writer.NextTable();
        TrackTables.WriteRanking(writer, progress, Text, Period);
    }
}
