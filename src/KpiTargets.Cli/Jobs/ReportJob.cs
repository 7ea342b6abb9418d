using KpiTargets.Files.Output;
using KpiTargets.Files.Reports;

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
        if (ProgressInputs.Read(request.CatalogPath, request.Targets, request.Actuals, request.InputOptions, console) is not { } inputs)
        {
            return ExitCodes.DataError;
        }

        var text = request.InputOptions.Messages.IsVietnamese ? ReportText.Vietnamese : ReportText.English;
        using var output = OutputSinks.OpenFile(request.Output);
        HtmlReport.Write(new ReportContent(request.Title, request.Period, text, inputs.Catalog, inputs.Targets, inputs.Progress), output.Stream);
        output.Commit();
        return ExitCodes.Success;
    }
}
