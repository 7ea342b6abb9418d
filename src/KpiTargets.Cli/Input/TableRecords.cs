using KpiTargets.Cli.Problems;
using KpiTargets.Cli.Xlsx;

namespace KpiTargets.Cli.Input;

/// <summary>
/// Opens any accepted table file as one stream of records, the header first: an <c>.xlsx</c> workbook by its
/// extension, anything else as delimited text. Blank rows never come out. Problems go to the log with their line.
/// </summary>
internal static class TableRecords
{
    public static IEnumerable<RawRecord> Read(InputSource source, InputOptions options, ProblemLog problems) =>
        source.DisplayName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? XlsxRecords.Read(source, options, problems)
            : CsvRecords.Read(source, options, problems);
}
