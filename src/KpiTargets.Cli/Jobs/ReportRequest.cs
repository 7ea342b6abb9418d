using KpiTargets.Files.Tables;

namespace KpiTargets.Cli.Jobs;

/// <summary>A <c>report</c> run, typed: the targets and optionally the actuals, how to read them, the report's words and where it goes.</summary>
/// <param name="Targets">A targets file this tool wrote, or <c>-</c> for standard input.</param>
/// <param name="Actuals">The period's actuals, <c>-</c> for standard input, or <see langword="null"/> for a report of the targets alone.</param>
/// <param name="InputOptions">How to read the actuals (the targets file is read as written); the language of messages and of the report.</param>
/// <param name="Output">The HTML file to write.</param>
/// <param name="Title">The report's title, or <see langword="null"/> for the language's default.</param>
/// <param name="Period">The period's label, or <see langword="null"/> when none.</param>
/// <param name="CatalogPath">The catalog the targets were made with; the built-in 2024 catalog when <see langword="null"/>.</param>
internal sealed record ReportRequest(
    string Targets,
    string? Actuals,
    InputOptions InputOptions,
    string Output,
    string? Title,
    string? Period,
    string? CatalogPath);
