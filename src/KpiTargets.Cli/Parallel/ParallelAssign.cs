using System.Collections.Concurrent;
using KpiTargets.Cli.Input;
using KpiTargets.Cli.Jobs;
using KpiTargets.Cli.Output;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// <c>assign</c> for a long-layout CSV file written in the plain dialect, on every core: the file is cut into chunks of
/// whole lines, the chunks are checked, decided and written side by side (<see cref="PlainChunkAssigner"/>), and their
/// output is joined in file order. It gives the bytes the full path gives, or gives up: the first chunk that holds
/// anything else (a problem, a quoted line break, an unusual spelling) makes <see cref="TryRun"/> return
/// <see langword="false"/>, and the caller throws its output away and runs the full path, which reports every
/// problem with its line.
/// </summary>
/// <remarks>
/// Memory is bounded by the chunks in flight and the distinct units (<see cref="UnitIndicatorSets"/>), never by rows.
/// </remarks>
internal static class ParallelAssign
{
    /// <summary>The usual size of a chunk: small enough that both cores start early and finish together.</summary>
    public const int DefaultChunkBytes = 256 << 10;

    // Chunks read ahead of the one being written: enough to keep every core busy while one chunk is written.
    private const int ChunksInFlight = 16;

    /// <summary>Whether the request is one this path may take: a long-layout CSV file to a long-layout CSV output.</summary>
    public static bool CanTry(AssignRequest request, IndicatorCatalog catalog) =>
        request.Input != InputSource.StandardInputArgument
        && !request.Input.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
        && !TargetsOutput.IsWorkbook(request.Output)
        && request.Layout != TargetsLayoutKind.Wide
        && request.InputOptions.Layout != InputLayout.Wide
        && request.InputOptions.Encoding is null
        && catalog.Indicators.Count <= PlainChunkAssigner.MaxIndicators;

    /// <summary>Writes the targets table for <paramref name="request"/> to <paramref name="destination"/>.</summary>
    /// <param name="request">A request that <see cref="CanTry"/> accepted.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="destination">Where the table goes; holds a partial table when the method returns <see langword="false"/>.</param>
    /// <param name="chunkBytes">The usual size of a chunk; tests make it small to put many chunk boundaries in a small file.</param>
    /// <returns><see langword="false"/> when the file needs the full path.</returns>
    public static bool TryRun(AssignRequest request, IndicatorCatalog catalog, Stream destination, int chunkBytes = DefaultChunkBytes)
    {
        var start = PlainCsvStart.Read(request.Input, request.InputOptions, catalog);
        if (start is null)
        {
            return false;
        }

        var text = request.InputOptions.Messages.IsVietnamese ? OutputText.Vietnamese : OutputText.English;
        var canonicalOnly = request.Layout == TargetsLayoutKind.Canonical;
        using (var header = new CsvTableWriter(destination, request.GuardFormulas))
        {
            header.WriteRow(LongTargetsLayout.Header(text, canonicalOnly));
        }

        var assigner = new PlainChunkAssigner(start, catalog, request.Policy, text, canonicalOnly, request.GuardFormulas);
        var workspaces = new ConcurrentBag<ChunkWorkspace>();
        using var input = new FileStream(request.Input, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        input.Position = start.DataOffset;
        using var stop = new CancellationTokenSource();
        using var pending = new BlockingCollection<Task<ChunkResult>>(ChunksInFlight);
        try
        {
            var reader = StartAssigning(new LineChunks(input, chunkBytes, CsvRecords.MaxRecordMiB << 20), assigner, workspaces, pending, stop.Token);
            return Join(pending, destination, workspaces, stop, reader);
        }
        finally
        {
            foreach (var workspace in workspaces)
            {
                workspace.Dispose();
            }
        }
    }

    // Reads chunks on a thread of its own and hands each to the thread pool, in order, a few chunks ahead.
    private static Thread StartAssigning(
        LineChunks chunks, PlainChunkAssigner assigner, ConcurrentBag<ChunkWorkspace> workspaces, BlockingCollection<Task<ChunkResult>> pending, CancellationToken stop)
    {
        var reader = new Thread(() =>
        {
            // Adds wait for room without a token: every task started is queued, so the joining side, which drains the
            // queue before it returns, waits for all of them.
            try
            {
                foreach (var chunk in chunks.Read())
                {
                    if (stop.IsCancellationRequested)
                    {
                        chunk.Return();
                        break;
                    }

                    pending.Add(Task.Run(() => AssignAndReturn(assigner, chunk, workspaces, stop)));
                }

                if (chunks.StoppedAtLongLine)
                {
                    pending.Add(Task.FromResult(ChunkResult.NotPlain));
                }
            }
            catch (Exception exception)
            {
                // A read that failed must reach the joining side: without it, the output would just end early.
                pending.Add(Task.FromException<ChunkResult>(exception));
            }
            finally
            {
                pending.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "chunk reader",
        };
        reader.Start();
        return reader;
    }

    // Assigns a chunk with a workspace from the pool, and gives back the chunk's bytes, and the workspace unless the
    // result holds it.
    private static ChunkResult AssignAndReturn(PlainChunkAssigner assigner, LineChunk chunk, ConcurrentBag<ChunkWorkspace> workspaces, CancellationToken stop)
    {
        try
        {
            if (stop.IsCancellationRequested)
            {
                return ChunkResult.NotPlain;
            }

            var workspace = workspaces.TryTake(out var kept) ? kept : assigner.CreateWorkspace();
            var result = assigner.Assign(chunk.Span, workspace);
            if (result.Workspace is null)
            {
                workspaces.Add(workspace);
            }

            return result;
        }
        finally
        {
            chunk.Return();
        }
    }

    // Writes the chunks' output in file order while checking duplicates across them; stops at the first refusal.
    private static bool Join(
        BlockingCollection<Task<ChunkResult>> pending, Stream destination, ConcurrentBag<ChunkWorkspace> workspaces, CancellationTokenSource stop, Thread reader)
    {
        var units = new UnitIndicatorSets();
        var rows = 0L;
        try
        {
            foreach (var task in pending.GetConsumingEnumerable())
            {
                var result = task.GetAwaiter().GetResult();
                if (result.Workspace is not { } workspace)
                {
                    return false;
                }

                if (!AddRuns(units, workspace.Runs))
                {
                    workspaces.Add(workspace);
                    return false;
                }

                destination.Write(workspace.Writer.Written);
                rows += result.Rows;
                workspaces.Add(workspace);
            }

            // No data row at all is a problem the full path reports.
            return rows > 0;
        }
        finally
        {
            // Every task started is in the queue, so draining it to its end waits for all of them: no thread uses the
            // file or a workspace once this returns. What they found no longer matters, as the full path reads the
            // file again.
            stop.Cancel();
            foreach (var task in pending.GetConsumingEnumerable())
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
                if (task.IsCompletedSuccessfully && task.Result.Workspace is { } unused)
                {
                    workspaces.Add(unused);
                }
            }

            reader.Join();
        }
    }

    private static bool AddRuns(UnitIndicatorSets units, IReadOnlyList<UnitRun> runs)
    {
        foreach (var run in runs)
        {
            if (!units.TryAdd(run))
            {
                return false;
            }
        }

        return true;
    }
}
