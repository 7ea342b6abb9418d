using KpiTargets.Files.Tables;
using KpiTargets.Files.Tracking;

namespace KpiTargets.Cli.Jobs;

/// <summary>A <c>track</c> run, typed: the targets and the actuals, how to read the actuals, where and how to write.</summary>
/// <param name="Targets">A targets file this tool wrote, or <c>-</c> for standard input.</param>
/// <param name="Actuals">The period's actuals, or <c>-</c> for standard input.</param>
/// <param name="InputOptions">How to read the actuals (the targets file is read as written); the messages' language.</param>
/// <param name="Output">Where the progress goes (a workbook when it ends in <c>.xlsx</c>); standard output when <see langword="null"/>.</param>
/// <param name="Summary">Where the summary and the ranking go, or <see langword="null"/> for nowhere but a workbook output's sheets.</param>
/// <param name="Layout">The progress table's layout.</param>
/// <param name="Period">The period's label, shown on every row; empty when none.</param>
/// <param name="CatalogPath">The catalog the targets were made with; the built-in 2024 catalog when <see langword="null"/>.</param>
internal sealed record TrackRequest(
    string Targets,
    string Actuals,
    InputOptions InputOptions,
    string? Output,
    string? Summary,
    TrackLayoutKind Layout,
    string Period,
    string? CatalogPath)
{
    /// <summary>How the tables are written: titles and status words in the language of the messages.</summary>
    public TrackOutput Tables => new(Layout, InputOptions.Messages.IsVietnamese ? TrackText.Vietnamese : TrackText.English, Period);
}
