using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using KpiTargets.Cli.Input;
using KpiTargets.Cli.Jobs;
using KpiTargets.Cli.Output;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// <c>assign</c> for a long-layout CSV file written in the plain dialect, on every core: the file is cut into chunks of
/// whole lines, the chunks are checked, decided and written side by side (<see cref="PlainChunkAssigner"/>), and their
/// output is joined in file order (<see cref="OrderedChunkOutput"/>). It gives the bytes the full path gives, or gives up: the first chunk that holds
/// anything else (a problem, a quoted line break, an unusual spelling) makes <see cref="TryRun"/> return
/// <see langword="false"/>, and the caller throws its output away and runs the full path, which reports every
/// problem with its line.
/// </summary>
/// <remarks>
/// <para>
/// One worker a core, the calling thread one of them, each reads the next chunk, assigns it and hands it over to be
/// written; there is no reading or writing thread besides. With more threads than cores, the system would now and
/// then set aside the worker of the chunk that is next to write while the others ran out of work, which left a core
/// idle for about a tenth of the run.
/// </para>
/// <para>
/// Memory is bounded by the chunks in flight and the distinct units (<see cref="UnitIndicatorSets"/>), never by rows.
/// </para>
/// </remarks>
internal static class ParallelAssign
{
    /// <summary>The usual size of a chunk: small enough that both cores start early and finish together.</summary>
    public const int DefaultChunkBytes = 512 << 10;

    // Chunks read ahead of the next one to write: enough to keep every core busy while one worker is set aside.
    private const int ChunksAhead = 16;

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
        var chunks = new LineChunks(input, chunkBytes, CsvRecords.MaxRecordMiB << 20);
        var output = new OrderedChunkOutput(destination, workspaces, ChunksAhead);
        try
        {
            Assign(chunks, assigner, workspaces, output);
            return !output.IsStopped && output.Rows > 0;
        }
        finally
        {
            output.ReturnUnwritten();
            foreach (var workspace in workspaces)
            {
                workspace.Dispose();
            }
        }
    }

    // Runs one worker a core until the chunks run out or the run stops. A chunk that could not be read or assigned
    // stops the run when its turn to be written comes, and a failure to write stops it at once; either is thrown once
    // every worker has stopped, so that no thread uses the file or a workspace after this returns.
    private static void Assign(LineChunks chunks, PlainChunkAssigner assigner, ConcurrentBag<ChunkWorkspace> workspaces, OrderedChunkOutput output)
    {
        using var source = chunks.Read().GetEnumerator();
        var reading = new object();
        var sequence = 0L;
        var readFailed = false;
        ExceptionDispatchInfo? failure = null;
        System.Threading.Tasks.Parallel.For(0, Environment.ProcessorCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _ =>
        {
            try
            {
                while (TryRead(out var chunk, out var number))
                {
                    output.Add(number, AssignAndReturn(assigner, chunk, workspaces));
                }
            }
            catch (Exception exception)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(exception), null);
                output.Stop();
            }
        });
        (failure ?? output.Fault)?.Throw();

        // The next chunk and its number, read in turn; none once the chunks run out, a read failed or the run stopped.
        // A line too long for a chunk stops the run, as the full reader stops at it; a failed read takes the place of
        // the chunk it could not read.
        bool TryRead(out LineChunk chunk, out long number)
        {
            lock (reading)
            {
                chunk = default;
                number = sequence;
                if (readFailed || !output.WaitToRead(number))
                {
                    return false;
                }

                bool read;
                try
                {
                    read = source.MoveNext();
                }
                catch (Exception exception)
                {
                    readFailed = true;
                    output.Add(sequence++, ChunkResult.Faulted(exception));
                    return false;
                }

                if (!read)
                {
                    if (chunks.StoppedAtLongLine)
                    {
                        output.Stop();
                    }

                    return false;
                }

                chunk = source.Current;
                sequence++;
                return true;
            }
        }
    }

    // Assigns a chunk with a workspace from the pool, and gives back the chunk's bytes, and the workspace unless the
    // result holds it.
    private static ChunkResult AssignAndReturn(PlainChunkAssigner assigner, LineChunk chunk, ConcurrentBag<ChunkWorkspace> workspaces)
    {
        var workspace = workspaces.TryTake(out var kept) ? kept : assigner.CreateWorkspace();
        try
        {
            var result = assigner.Assign(chunk.Span, workspace);
            if (result.Workspace is null)
            {
                workspaces.Add(workspace);
            }

            return result;
        }
        catch (Exception exception)
        {
            workspaces.Add(workspace);
            return ChunkResult.Faulted(exception);
        }
        finally
        {
            chunk.Return();
        }
    }
}
