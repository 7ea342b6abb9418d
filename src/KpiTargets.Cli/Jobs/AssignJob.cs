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
    public static int Run(AssignRequest request, CliConsole console)
    {
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
            if (SlicedAssign.TryRun(request, catalog, source.FilePath!, slicedSink.Stream))
            {
                slicedSink.Commit();
                return ExitCodes.Success;
            }
        }

        using var sink = CreateSink(request, console);
        var checker = new ResultChecker(catalog, source.DisplayName, problems, messages);
        using (var layout = request.Targets.CreateLayout(catalog, sink.Stream, writeHeader: true))
        {
            AssignPipeline.Assign(checker.Check(ResultsTable.Read(source, request.InputOptions, catalog, problems)), layout, request.Policy, problems);
            if (!problems.HasProblems)
            {
                layout.Complete();
            }
        }

        WriteWarnings(checker, request.InputOptions, console);
        if (problems.HasProblems)
        {
            problems.WriteTo(console.Error, messages);
            return ExitCodes.DataError;
        }

        sink.Commit();
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
