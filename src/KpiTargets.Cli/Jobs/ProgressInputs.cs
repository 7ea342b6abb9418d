using KpiTargets.Files.Catalogs;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Targets;
using KpiTargets.Files.Tracking;

namespace KpiTargets.Cli.Jobs;

/// <summary>
/// What <c>track</c> and <c>report</c> read, in one way for both: the catalog, the targets read back and checked, and
/// the period's actuals (when given) set against them.
/// </summary>
/// <param name="Catalog">The catalog in use.</param>
/// <param name="Targets">The targets, in the file's order.</param>
/// <param name="Progress">Each target's progress, or <see langword="null"/> without actuals.</param>
internal sealed record ProgressInputs(IndicatorCatalog Catalog, IReadOnlyList<AssignedTarget> Targets, IReadOnlyList<TargetProgress>? Progress)
{
    /// <summary>Reads the inputs; with any problem, prints every one with its line and gives <see langword="null"/>.</summary>
    /// <param name="catalogPath">The <c>--catalog</c> file, or <see langword="null"/> for the built-in catalog.</param>
    /// <param name="targetsArgument">The targets file, or <c>-</c> for standard input.</param>
    /// <param name="actualsArgument">The actuals file, <c>-</c>, or <see langword="null"/> when there are none.</param>
    /// <param name="options">How to read the actuals, and the language of messages.</param>
    /// <param name="console">Where problems, warnings and the <c>--verbose</c> line go.</param>
    public static ProgressInputs? Read(string? catalogPath, string targetsArgument, string? actualsArgument, InputOptions options, CliConsole console)
    {
        var messages = options.Messages;
        var problems = new ProblemLog();
        var catalog = CatalogCsvReader.Load(catalogPath, messages, problems);

        // The targets file is ours: it is read as written (UTF-8, or UTF-16 by its byte order mark; the separator and
        // the first sheet found), whatever the options say about the actuals.
        var targets = catalog is null ? null
            : TargetsTable.Read(InputSource.FromArgument(targetsArgument, console.OpenStandardInput), InputOptions.Default with { Messages = messages }, catalog, problems);

        // Actuals matched against targets with problems would add problems that are not theirs.
        IReadOnlyList<TargetProgress>? progress = null;
        if (!problems.HasProblems && actualsArgument is not null)
        {
            var warnings = new List<string>();
            var actuals = InputSource.FromArgument(actualsArgument, console.OpenStandardInput);
            var extent = new TableExtent();
            progress = TrackPipeline.Compare(targets!, actuals, options, catalog!, problems, warnings, extent);
            TableReport.Write(extent, actuals.DisplayName, options, console);
            foreach (var warning in warnings)
            {
                console.Error.WriteLine(warning);
            }
        }

        if (problems.HasProblems)
        {
            problems.WriteTo(console.Error, messages);
            return null;
        }

        return new ProgressInputs(catalog!, targets!, progress);
    }
}
