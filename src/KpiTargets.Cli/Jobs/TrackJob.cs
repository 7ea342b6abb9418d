using KpiTargets.Files.Catalogs;
using KpiTargets.Files.Output;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Targets;
using KpiTargets.Files.Tracking;

namespace KpiTargets.Cli.Jobs;

/// <summary>
/// <c>track</c>: the targets are read back and checked, the actuals stream through the checks of <c>assign</c> and are
/// set against them, and the progress (with the summary and the ranking where asked) is written only when both files
/// proved valid; otherwise every problem is printed and nothing is written.
/// </summary>
internal static class TrackJob
{
    public static int Run(TrackRequest request, CliConsole console)
    {
        var options = request.InputOptions;
        var messages = options.Messages;
        var problems = new ProblemLog();
        var catalog = CatalogCsvReader.Load(request.CatalogPath, messages, problems);
        if (catalog is null)
        {
            problems.WriteTo(console.Error, messages);
            return ExitCodes.DataError;
        }

        // The targets file is ours: it is read as written (UTF-8, or UTF-16 by its byte order mark; the separator and
        // the first sheet found), whatever the options say about the actuals.
        var targetsSource = InputSource.FromArgument(request.Targets, console.OpenStandardInput);
        var targets = TargetsTable.Read(targetsSource, InputOptions.Default with { Messages = messages }, catalog, problems);
        if (problems.HasProblems)
        {
            // Actuals matched against targets with problems would add problems that are not theirs.
            problems.WriteTo(console.Error, messages);
            return ExitCodes.DataError;
        }

        var warnings = new List<string>();
        var actuals = InputSource.FromArgument(request.Actuals, console.OpenStandardInput);
        var progress = TrackPipeline.Compare(targets, actuals, options, catalog, problems, warnings);
        foreach (var warning in warnings)
        {
            console.Error.WriteLine(warning);
        }

        if (problems.HasProblems)
        {
            problems.WriteTo(console.Error, messages);
            return ExitCodes.DataError;
        }

        using var output = OutputSinks.Open(request.Output, console.Output);
        using var summary = request.Summary is null ? null : OutputSinks.OpenFile(request.Summary);
        request.Tables.Write(request.Output, progress, catalog, output.Stream);
        if (summary is not null)
        {
            request.Tables.WriteSummary(request.Summary!, progress, catalog, summary.Stream);
        }

        output.Commit();
        summary?.Commit();
        return ExitCodes.Success;
    }
}
