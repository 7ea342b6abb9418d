using KpiTargets.Files.Csv;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Targets;

namespace KpiTargets.Files.Jobs;

/// <summary>An <c>assign</c> run, typed: what to read and how, the rule's choices, where and how to write the targets.</summary>
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

    /// <summary>How the targets are written; their titles and flags are in the language of the messages.</summary>
    public TargetsOutput Targets => new(Output, Layout, GuardFormulas, Dialect, InputOptions.Messages.IsVietnamese ? OutputText.Vietnamese : OutputText.English);
}
