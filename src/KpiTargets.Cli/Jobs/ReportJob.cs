using KpiTargets.Files.Catalogs;
using KpiTargets.Files.Output;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Reports;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Targets;
using KpiTargets.Files.Tracking;

namespace KpiTargets.Cli.Jobs;

/// <summary>
/// <c>report</c>: the targets are read back and checked as <c>track</c> reads them, the actuals (when given) are set
/// against them by the same pipeline, and the HTML report is written through a temporary file that becomes the output
/// only once it is whole. With any problem in either file, every problem is printed and nothing is written.
/// </summary>
internal static class ReportJob
{
    public static int Run(ReportRequest request, CliConsole console)
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

        // The targets file is ours: read as written, whatever the options say about the actuals (as track reads it).
        var targets = TargetsTable.Read(InputSource.FromArgument(request.Targets, console.OpenStandardInput), InputOptions.Default with { Messages = messages }, catalog, problems);
        if (problems.HasProblems)
        {
            problems.WriteTo(console.Error, messages);
            return ExitCodes.DataError;
        }

        IReadOnlyList<TargetProgress>? progress = null;
        if (request.Actuals is { } actuals)
        {
            var warnings = new List<string>();
            progress = TrackPipeline.Compare(targets, InputSource.FromArgument(actuals, console.OpenStandardInput), options, catalog, problems, warnings);
            foreach (var warning in warnings)
            {
                console.Error.WriteLine(warning);
            }

            if (problems.HasProblems)
            {
                problems.WriteTo(console.Error, messages);
                return ExitCodes.DataError;
            }
        }

        var text = messages.IsVietnamese ? ReportText.Vietnamese : ReportText.English;
        using var output = OutputSinks.OpenFile(request.Output);
        HtmlReport.Write(new ReportContent(request.Title, request.Period, text, catalog, targets, progress), output.Stream);
        output.Commit();
        return ExitCodes.Success;
    }
}
