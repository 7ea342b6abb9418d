using System.Buffers;
using System.Collections.Concurrent;
using KpiTargets.Files.Csv;
using KpiTargets.Files.Formats;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Results;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Targets;

namespace KpiTargets.Files.Jobs;

/// <summary>
/// <c>assign</c> on every core: a large UTF-8 CSV file is cut into slices of whole records (<see cref="CsvSlices"/>),
/// each slice goes through the same reader, checks, rule and writer as a whole file, on a core of its own, and the
/// slices' outputs are joined in file order, their duplicate checks merged as they join.
/// </summary>
/// <remarks>
/// This is for valid files without warnings. A slice with any problem, a duplicate across slices, a unit spelled two
/// ways, results that look like fractions, or anything the slicing cannot handle makes <see cref="TryRun"/> return
/// <see langword="false"/>; the caller then discards what was written and runs the file whole, which reports every
/// problem and warning with its line, in order.
/// </remarks>
internal static class SlicedAssign
{
    /// <summary>The size of a slice; a file no larger runs whole.</summary>
    public const int SliceBytes = 1 << 18;

    // Slices being assigned or waiting to be joined: enough to keep every core busy, few enough to keep memory flat.
    private static readonly int SlicesInFlight = 2 * Environment.ProcessorCount;

    /// <summary>Whether the request's input and output are of the kind slicing serves: a large CSV file in, long rows out.</summary>
    public static bool CanTry(AssignRequest request, InputSource source) =>
        Environment.ProcessorCount > 1
        && source.FilePath is { } path
        && !TableFiles.IsWorkbook(path)
        && !TableFiles.IsWorkbook(request.Output)
        && request.Layout != TargetsLayoutKind.Wide
        && new FileInfo(path).Length > SliceBytes;

    /// <summary>Writes the targets of the file at <paramref name="path"/> into <paramref name="destination"/>, when it is valid.</summary>
    /// <param name="request">The run's request.</param>
    /// <param name="catalog">The run's catalog.</param>
    /// <param name="path">The input file.</param>
    /// <param name="destination">Where the targets go.</param>
    /// <param name="counts">What the file held, when slicing answered; zeros otherwise.</param>
    /// <param name="sliceBytes">The size of a slice; tests cut small files into many.</param>
    /// <param name="extent">Where the header, table and footer lines are recorded, as a whole run records them; to be read only when slicing answered.</param>
    /// <returns><see langword="false"/> when the file must run whole; what was written is then to be discarded.</returns>
    public static bool TryRun(
        AssignRequest request, IndicatorCatalog catalog, string path, Stream destination, out AssignCounts counts, int sliceBytes = SliceBytes, TableExtent? extent = null)
    {
        counts = default;
        var table = extent ?? new TableExtent();
        var options = request.InputOptions;
        if (CsvRecords.ReadStart(path, options, ResultsHeader.Rule(options.Layout, options.ResultColumn)) is not { } start)
        {
            return false;
        }

        var headerProblems = new ProblemLog();
        var layout = ResultsTable.Layout.Of(new RawRecord(start.HeaderLine, start.Header), options.Layout, catalog, path, headerProblems, options.Messages, options.ResultColumn);
        if (layout is null || headerProblems.HasProblems)
        {
            return false;
        }

        table.HeaderFirstLine = start.HeaderFirstLine;
        table.HeaderLastLine = start.HeaderLine;

        // The output's header, written by the layout of a whole run; the slices' layouts write none.
        var shape = new InputShape { HasCounts = layout.Counts is not null };
        using (var header = request.Targets.CreateLayout(catalog, destination, writeHeader: true, shape))
        {
            header.Complete();
        }

        var outputs = new ConcurrentBag<MemoryStream>();
        var seen = new SeenResults(catalog);
        var largest = new LargestResults(catalog);
        var written = 0L;
        var pending = new Queue<Task<AssignedSlice?>>();
        try
        {
            foreach (var slice in CsvSlices.Read(path, start.DataOffset, start.DataLine, sliceBytes))
            {
                // The reader takes a byte order mark or an Excel "sep=" line at the start of what it reads for what they
                // are at the start of a file; in the middle of one they are data, which only a whole run reads as such.
                if (slice is null || slice.Bytes.Span.StartsWith("\uFEFF"u8) || slice.Bytes.Span.StartsWith("sep="u8))
                {
                    if (slice is not null)
                    {
                        ArrayPool<byte>.Shared.Return(slice.Buffer);
                    }

                    return false;
                }

                pending.Enqueue(Task.Run(() => Assign(slice, start, layout, shape, request, catalog, path, outputs)));
                if (pending.Count >= SlicesInFlight && !TryJoin(pending.Dequeue(), destination, seen, largest, outputs, table, ref written))
                {
                    return false;
                }
            }

            while (pending.Count > 0)
            {
                if (!TryJoin(pending.Dequeue(), destination, seen, largest, outputs, table, ref written))
                {
                    return false;
                }
            }

            // A file of blank lines after its header has no data, and results that look like fractions call for a
            // warning: running whole says so.
            var answered = written > 0 && !largest.LookingLikeFractions().Any();
            counts = answered ? new AssignCounts(written, seen.UnitCount, seen.IndicatorCount) : default;
            return answered;
        }
        finally
        {
            // Slices still running would compete with the whole run for the cores.
            Task.WaitAll([.. pending.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default))]);
        }
    }

    // What one slice gave: its targets, the pairs it saw, its largest results, how many rows it wrote, and where its
    // data and footer lines are.
    private sealed record AssignedSlice(MemoryStream Output, SeenResults Seen, LargestResults Largest, long Written, TableExtent Extent);

    private static AssignedSlice? Assign(
        CsvSlice slice, CsvStart start, ResultsTable.Layout layout, InputShape shape, AssignRequest request, IndicatorCatalog catalog, string path, ConcurrentBag<MemoryStream> outputs)
    {
        try
        {
            var messages = request.InputOptions.Messages;
            var problems = new ProblemLog();
            var checker = new ResultChecker(catalog, path, problems, messages, request.InputOptions.RateDecimals);
            var output = outputs.TryTake(out var reused) ? reused : new MemoryStream(2 * slice.Length);
            long written;
            var extent = new TableExtent();
            using (var targets = request.Targets.CreateLayout(catalog, output, writeHeader: false, shape))
            {
                // A slice without data cannot tell a template's rows from those a later slice's data lets through: no row
                // but data decides here, and a file without any runs whole.
                var records = TableEnd.Rows(
                    CsvRecords.ReadSlice(slice.Bytes, start, slice.FirstLine, path, messages, problems), ResultsHeader.HoldsData(layout, catalog), _ => false, extent, problems, path);
                written = AssignPipeline.Assign(checker.Check(ResultsTable.Rows(records, layout)), targets, request.Policy, problems);
            }

            // Rows that are not data at the end of a slice are the footer only when the file ends there; the next slice
            // would decide, which only a whole run can.
            var undecided = extent.FooterLastLine > 0 && !slice.IsLast;
            return problems.HasProblems || undecided ? null : new AssignedSlice(output, checker.Seen, checker.Largest, written, extent);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(slice.Buffer);
        }
    }

    private static bool TryJoin(
        Task<AssignedSlice?> task, Stream destination, SeenResults seen, LargestResults largest, ConcurrentBag<MemoryStream> outputs, TableExtent table, ref long written)
    {
        if (task.GetAwaiter().GetResult() is not { } slice || !seen.TryAddAll(slice.Seen))
        {
            return false;
        }

        table.Extend(slice.Extent);
        largest.AddAll(slice.Largest);
        destination.Write(slice.Output.GetBuffer(), 0, (int)slice.Output.Length);
        written += slice.Written;
        slice.Output.SetLength(0);
        outputs.Add(slice.Output);
        return true;
    }
}
