using KpiTargets.Files.Output;

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
        if (ProgressInputs.Read(request.CatalogPath, request.Targets, request.Actuals, request.InputOptions, console) is not { Progress: { } progress } inputs)
        {
            return ExitCodes.DataError;
        }

        var tables = request.Tables;
        using var output = OutputSinks.Open(request.Output, console.Output);
        using var summary = request.Summary is null ? null : OutputSinks.OpenFile(request.Summary);
        tables.Write(request.Output, progress, inputs.Catalog, output.Stream);
        if (summary is not null)
        {
            tables.WriteSummary(request.Summary!, progress, inputs.Catalog, summary.Stream);
        }

        output.Commit();
        summary?.Commit();
        return ExitCodes.Success;
    }
}
