using KpiTargets.Files.Catalogs;
using KpiTargets.Files.Jobs;
using KpiTargets.Files.Output;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Results;
using KpiTargets.Files.Tables;

namespace KpiTargets.Cli.Jobs;

/// <summary>
/// <c>assign</c>: results are read, checked, decided and written in one stream. The output becomes visible only when
/// the whole input proved valid; otherwise every problem is printed and nothing is written.
/// </summary>
internal static class AssignJob
{
    public static int Run(AssignRequest request, CliConsole console) => Run(request, console, out _);

    /// <summary>Runs <c>assign</c> and tells what it read.</summary>
    /// <param name="request">The run's request.</param>
    /// <param name="console">Where problems go, and the targets when the request has no output file.</param>
    /// <param name="counts">What the run read when it succeeded; zeros otherwise.</param>
    /// <returns>The exit code.</returns>
    public static int Run(AssignRequest request, CliConsole console, out AssignCounts counts)
    {
        counts = default;
        var messages = request.InputOptions.Messages;
        var problems = new ProblemLog();
        var catalog = CatalogCsvReader.Load(request.CatalogPath, messages, problems);
        if (catalog is null)
        {
            problems.WriteTo(console.Error, messages);
            return ExitCodes.DataError;
        }

        var source = InputSource.FromArgument(request.Input, console.OpenStandardInput);
        if (SlicedAssign.CanTry(request, source))
        {
            using var slicedSink = CreateSink(request, console);
            var slicedExtent = new TableExtent();
            if (SlicedAssign.TryRun(request, catalog, source.FilePath!, slicedSink.Stream, out var slicedCounts, extent: slicedExtent))
            {
                TableReport.Write(slicedExtent, source.DisplayName, request.InputOptions, console);
                slicedSink.Commit();
                counts = slicedCounts;
                return ExitCodes.Success;
            }
        }

        using var sink = CreateSink(request, console);
        var checker = new ResultChecker(catalog, source.DisplayName, problems, messages, request.InputOptions.RateDecimals);
        var shape = new InputShape();
        long written;
        var extent = new TableExtent();
        using (var layout = request.Targets.CreateLayout(catalog, sink.Stream, writeHeader: true, shape))
        {
            written = AssignPipeline.Assign(checker.Check(ResultsTable.Read(source, request.InputOptions, catalog, problems, shape, extent)), layout, request.Policy, problems);
            if (!problems.HasProblems)
            {
                layout.Complete();
            }
        }

        TableReport.Write(extent, source.DisplayName, request.InputOptions, console);
        WriteWarnings(checker, request.InputOptions, console);
        if (problems.HasProblems)
        {
            problems.WriteTo(console.Error, messages);
            return ExitCodes.DataError;
        }

        sink.Commit();
        counts = new AssignCounts(written, checker.Seen.UnitCount, checker.Seen.IndicatorCount);
        return ExitCodes.Success;
    }

    /// <summary>Prints the checker's warnings on standard error, unless the run is quiet.</summary>
    public static void WriteWarnings(ResultChecker checker, InputOptions options, CliConsole console)
    {
        if (options.Quiet)
        {
            return;
        }

        foreach (var warning in checker.Warnings())
        {
            console.Error.WriteLine(warning);
        }
    }

    private static IOutputSink CreateSink(AssignRequest request, CliConsole console) => OutputSinks.Open(request.Output, console.Output);
}
