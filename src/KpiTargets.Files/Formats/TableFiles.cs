using KpiTargets.Files.Csv;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Xlsx;

namespace KpiTargets.Files.Formats;

/// <summary>
/// The one place a file's format is chosen, by its name: a path ending in <c>.xlsx</c> is a workbook, anything else
/// (standard input too) delimited text. Readers and writers of every command come from here.
/// </summary>
internal static class TableFiles
{
    /// <summary>Whether <paramref name="path"/> names a workbook.</summary>
    public static bool IsWorkbook(string? path) => path?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Every record of a table file, the header first; blank rows never come out, problems go to the log with their line.</summary>
    public static IEnumerable<RawRecord> Read(InputSource source, InputOptions options, ProblemLog problems) =>
        IsWorkbook(source.DisplayName)
            ? XlsxRecords.Read(source, options, problems)
            : CsvRecords.Read(source, options, problems);

    /// <summary>A writer of rows into <paramref name="destination"/>, in the format <paramref name="path"/> names (CSV when it names none).</summary>
    /// <param name="path">The output path, or <see langword="null"/> for standard output.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="guardFormulas">Whether CSV text that a spreadsheet would run as a formula gets a leading apostrophe.</param>
    /// <param name="sheetName">The worksheet's name in a workbook.</param>
    /// <param name="columnWidths">Column widths in a workbook, in Excel's character units.</param>
    /// <param name="dialect">How CSV is spelled.</param>
    /// <param name="startsFile">Whether these are the file's first bytes (a slice of a file's output is not).</param>
    public static ITableWriter CreateWriter(
        string? path, Stream destination, bool guardFormulas, string sheetName, IReadOnlyList<double> columnWidths, CsvDialect dialect, bool startsFile) =>
        IsWorkbook(path)
            ? new XlsxTableWriter(destination, sheetName, columnWidths)
            : new CsvTableWriter(destination, guardFormulas, dialect, startsFile);

    /// <summary>
    /// A writer of several tables into <paramref name="destination"/>, one after another (<see cref="ITableWriter.NextTable"/>):
    /// a workbook's sheets when <paramref name="path"/> ends in <c>.xlsx</c>, else CSV tables one under the other.
    /// </summary>
    /// <param name="path">The output path, or <see langword="null"/> for standard output.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="guardFormulas">Whether CSV text that a spreadsheet would run as a formula gets a leading apostrophe.</param>
    /// <param name="sheets">A workbook's sheets, one per table, in order; CSV uses none of them.</param>
    /// <param name="dialect">How CSV is spelled.</param>
    public static ITableWriter CreateWriter(string? path, Stream destination, bool guardFormulas, IReadOnlyList<XlsxSheet> sheets, CsvDialect dialect) =>
        IsWorkbook(path)
            ? new XlsxTableWriter(destination, sheets)
            : new CsvTableWriter(destination, guardFormulas, dialect, startsFile: true);
}
