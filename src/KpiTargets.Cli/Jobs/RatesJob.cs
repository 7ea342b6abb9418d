using KpiTargets.Files.Catalogs;
using KpiTargets.Files.Jobs;
using KpiTargets.Files.Output;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Results;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Targets;

namespace KpiTargets.Cli.Jobs;

/// <summary>
/// <c>rates</c>: a counts file is read and checked as <c>assign</c> reads it, and each row's rate is written with its
/// counts in the results layout <c>assign</c> reads. Written only when the whole input proved valid.
/// </summary>
internal static class RatesJob
{
    public static int Run(RatesRequest request, CliConsole console)
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

        var source = InputSource.FromArgument(request.Input, console.OpenStandardInput);
        var checker = new ResultChecker(catalog, source.DisplayName, problems, messages, options.RateDecimals);
        var shape = new InputShape();
        var extent = new TableExtent();
        using var sink = OutputSinks.Open(request.Output, console.Output);
        using (var rates = new RatesLayout(request.Output, sink.Stream, messages.IsVietnamese ? OutputText.Vietnamese : OutputText.English))
        {
            foreach (var result in checker.Check(ResultsTable.Read(source, options, catalog, problems, shape, extent)))
            {
                if (!shape.HasCounts)
                {
                    break;
                }

                if (!problems.HasProblems)
                {
                    rates.Add(result.Unit, result.Indicator, result.Result2023, result.Counts);
                }
            }
        }

        // A file without counts has no rates to compute: said once, at its header, rather than copied through.
        if (shape.HeaderLine > 0 && !shape.HasCounts)
        {
            problems.Add(source.DisplayName, shape.HeaderLine, messages.NoCountColumns(shape.HeaderTitles));
        }

        TableReport.Write(extent, source.DisplayName, options, console);
        AssignJob.WriteWarnings(checker, options, console);
        if (problems.HasProblems)
        {
            problems.WriteTo(console.Error, messages);
            return ExitCodes.DataError;
        }

        sink.Commit();
        return ExitCodes.Success;
    }
}
