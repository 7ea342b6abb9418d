using KpiTargets.Cli.Input;
using KpiTargets.Cli.Output;
using KpiTargets.Cli.Parallel;
using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Jobs;

/// <summary>
/// Streams results through the checks and the rule into the targets table. The output becomes visible only when the
/// whole input proved valid; otherwise every problem is printed and nothing is written.
/// </summary>
internal static class AssignJob
{
    public static int Run(AssignRequest request, CliConsole console)
    {
        var messages = request.InputOptions.Messages;
        var problems = new ProblemLog();
        var catalog = CatalogSource.Load(request.CatalogPath, messages, problems);
        if (catalog is null)
        {
            problems.WriteTo(console.Error, messages);
            return ExitCodes.DataError;
        }

        // A plain CSV file takes the parallel path; if it meets anything else, its output is thrown away unseen and
        // the full path starts again from the top.
        if (ParallelAssign.CanTry(request, catalog))
        {
            using var parallelSink = CreateSink(request, console);
            if (ParallelAssign.TryRun(request, catalog, parallelSink.Stream))
            {
                parallelSink.Commit();
                return ExitCodes.Success;
            }
        }

        var source = InputSources.Resolve(request.Input, console);
        using var sink = CreateSink(request, console);
        using (var layout = TargetsOutput.Create(request, catalog, sink.Stream))
        {
            foreach (var result in ReadAhead.Of(CheckedResults.Read(source, request.InputOptions, catalog, problems)))
            {
                // Once a problem is known nothing will be written, so the rule and the writer are spared.
                if (!problems.HasProblems)
                {
                    var decision = TargetRule.Decide(result.Indicator, result.Result2023, request.Policy);
                    layout.Add(new TargetRow(result.Unit, result.Indicator, result.Result2023, decision));
                }
            }

            if (!problems.HasProblems)
            {
                layout.Complete();
            }
        }

        if (problems.HasProblems)
        {
            problems.WriteTo(console.Error, messages);
            return ExitCodes.DataError;
        }

        sink.Commit();
        return ExitCodes.Success;
    }

    private static IOutputSink CreateSink(AssignRequest request, CliConsole console) =>
        request.Output is null ? new SpooledWriterSink(console.Output) : new AtomicFileSink(request.Output);
}
