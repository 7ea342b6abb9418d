using KpiTargets.Cli.Csv;
using KpiTargets.Cli.Tables;
using KpiTargets.Cli.Targets;

namespace KpiTargets.Cli.Jobs;

/// <summary>What <c>kpi-targets assign</c> was asked to do, parsed and typed.</summary>
/// <param name="Input">A results file path, or <c>-</c> for standard input.</param>
/// <param name="InputOptions">How to read it.</param>
/// <param name="Output">Where the targets go (a workbook when it ends in <c>.xlsx</c>); standard output when <see langword="null"/>.</param>
/// <param name="Layout">How the output table is arranged: long, canonical (the first six long columns) or wide.</param>
/// <param name="GuardFormulas">Whether CSV text that a spreadsheet would run as a formula gets a leading apostrophe.</param>
/// <param name="CatalogPath">A catalog file; the built-in 2024 catalog when <see langword="null"/>.</param>
/// <param name="Policy">The rule's open choices.</param>
/// <param name="Dialect">How CSV output is spelled: plain for scripts, or as Excel opens it (<c>--excel-csv</c>).</param>
internal sealed record AssignRequest(
    string Input,
    InputOptions InputOptions,
    string? Output,
    TargetsLayoutKind Layout,
    bool GuardFormulas,
    string? CatalogPath,
    AssignmentPolicy Policy,
    CsvDialect? Dialect = null)
{
    /// <summary>How CSV output is spelled.</summary>
    public CsvDialect Dialect { get; init; } = Dialect ?? CsvDialect.Plain;
}
