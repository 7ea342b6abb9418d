using KpiTargets.Cli.Catalogs;
using KpiTargets.Cli.Formats;
using KpiTargets.Cli.Output;
using KpiTargets.Cli.Problems;
using KpiTargets.Cli.Results;
using KpiTargets.Cli.Tables;
using KpiTargets.Cli.Targets;

namespace KpiTargets.Cli.Jobs;

/// <summary>
/// <c>assign</c>: results are read, checked, decided and written in one stream. The output becomes visible only when
/// the whole input proved valid; otherwise every problem is printed and nothing is written.
/// </summary>
internal static class AssignJob
{
    // Readable widths in Excel's character units: names and explanations are long, numbers short.
    private static readonly double[] LongWidths = [40, 10, 12, 14, 12, 8, 60, 9, 12, 70];
    private const double UnitWidth = 40;
    private const double TargetWidth = 16;

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
            if (SlicedAssign.TryRun(request, catalog, source.FilePath!, slicedSink.Stream, out var slicedCounts))
            {
                slicedSink.Commit();
                counts = slicedCounts;
                return ExitCodes.Success;
            }
        }

        using var sink = CreateSink(request, console);
        var checker = new ResultChecker(catalog, source.DisplayName, problems, messages);
        long written;
        using (var layout = CreateLayout(request, catalog, sink.Stream, writeHeader: true))
        {
            written = Assign(checker.Check(ResultsTable.Read(source, request.InputOptions, catalog, problems)), layout, request.Policy, problems);
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
        counts = new AssignCounts(written, checker.Seen.UnitCount, checker.Seen.IndicatorCount);
        return ExitCodes.Success;
    }

    /// <summary>The rule and the writer of every run, over a whole file or a slice of one: each result is decided once.</summary>
    /// <returns>How many assignments were written.</returns>
    public static long Assign(IEnumerable<CheckedResult> results, TargetsLayout layout, AssignmentPolicy policy, ProblemLog problems)
    {
        var written = 0L;
        foreach (var result in results)
        {
            // Once a problem is known nothing will be written, so the rule and the writer are spared.
            if (!problems.HasProblems)
            {
                layout.Add(TargetRule.Assign(result.Unit, result.Indicator, result.Result2023, policy));
                written++;
            }
        }

        return written;
    }

    /// <summary>The layout the request asks for, writing in the format its output path names.</summary>
    /// <param name="request">The run's request.</param>
    /// <param name="catalog">The run's catalog.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="writeHeader">False for a slice of a file whose header is written already.</param>
    public static TargetsLayout CreateLayout(AssignRequest request, IndicatorCatalog catalog, Stream destination, bool writeHeader)
    {
        var text = request.InputOptions.Messages.IsVietnamese ? OutputText.Vietnamese : OutputText.English;
        IReadOnlyList<double> widths = request.Layout switch
        {
            TargetsLayoutKind.Wide => [UnitWidth, .. Enumerable.Repeat(TargetWidth, catalog.Indicators.Count)],
            TargetsLayoutKind.Canonical => LongWidths[..LongTargetsLayout.CanonicalColumns],
            _ => LongWidths,
        };
        var writer = TableFiles.CreateWriter(request.Output, destination, request.GuardFormulas, "targets_2024", widths, request.Dialect, startsFile: writeHeader);
        return request.Layout == TargetsLayoutKind.Wide
            ? new WideTargetsLayout(writer, catalog, text)
            : new LongTargetsLayout(writer, text, canonicalOnly: request.Layout == TargetsLayoutKind.Canonical, writeHeader);
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
