using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// Writes assigned chunks in file order, whichever order they are assigned in, and checks duplicates across them
/// (<see cref="UnitIndicatorSets"/>). There is no writing thread: the worker that hands over the chunk that is next in
/// order writes it, and every chunk after it that is ready, while the other workers go on assigning.
/// </summary>
/// <remarks>
/// A worker may read a chunk only while fewer than <c>maxAhead</c> chunks before it wait to be written
/// (<see cref="WaitToRead"/>), which bounds the memory held by chunks assigned early. The first chunk refused, or
/// holding a duplicate, stops the run: nothing more is written, and every workspace handed over is given back.
/// </remarks>
/// <param name="destination">Where the chunks' rows go; only one worker writes at a time.</param>
/// <param name="workspaces">Where workspaces go back once their rows are written.</param>
/// <param name="maxAhead">How many chunks may be read past the next one to write.</param>
internal sealed class OrderedChunkOutput(Stream destination, ConcurrentBag<ChunkWorkspace> workspaces, int maxAhead)
{
    private readonly object _gate = new();
    private readonly Dictionary<long, ChunkResult> _ready = [];
    private readonly UnitIndicatorSets _units = new();
    private long _next;
    private bool _writing;
    private bool _stopped;

    /// <summary>What went wrong with the chunk that stopped the run, when it could not be read or assigned.</summary>
    public ExceptionDispatchInfo? Fault { get; private set; }

    /// <summary>How many data rows have been written.</summary>
    public long Rows { get; private set; }

    /// <summary>Whether the run stopped: a chunk was refused or held a duplicate, or <see cref="Stop"/> was called.</summary>
    public bool IsStopped
    {
        get
        {
            lock (_gate)
            {
                return _stopped;
            }
        }
    }

    /// <summary>Waits until chunk <paramref name="sequence"/> may be read.</summary>
    /// <returns><see langword="false"/> when the run stopped meanwhile.</returns>
    public bool WaitToRead(long sequence)
    {
        lock (_gate)
        {
            while (!_stopped && sequence - _next >= maxAhead)
            {
                Monitor.Wait(_gate);
            }

            return !_stopped;
        }
    }

    /// <summary>Stops the run: nothing more is written.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// Hands over what assigning chunk <paramref name="sequence"/> gave, and writes the chunks that are ready in order
    /// unless another worker is writing them.
    /// </summary>
    public void Add(long sequence, ChunkResult result)
    {
        lock (_gate)
        {
            _ready.Add(sequence, result);
            if (_writing || _stopped)
            {
                return;
            }

            _writing = true;
        }

        while (true)
        {
            ChunkResult next;
            lock (_gate)
            {
                if (_stopped || !_ready.Remove(_next, out next!))
                {
                    _writing = false;
                    return;
                }
            }

            // Written outside the lock, so that the other workers hand over their chunks and go on meanwhile.
            var written = TryWrite(next);
            lock (_gate)
            {
                _next++;
                _stopped |= !written;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Gives back the workspaces of chunks handed over but not written; call once every worker has stopped.</summary>
    public void ReturnUnwritten()
    {
        foreach (var result in _ready.Values)
        {
            if (result.Workspace is { } workspace)
            {
                workspaces.Add(workspace);
            }
        }

        _ready.Clear();
    }

    private bool TryWrite(ChunkResult result)
    {
        if (result.Workspace is not { } workspace)
        {
            Fault = result.Fault;
            return false;
        }

        try
        {
            if (!_units.TryAddAll(CollectionsMarshal.AsSpan(workspace.Runs)))
            {
                return false;
            }

            destination.Write(workspace.Writer.Written);
            Rows += result.Rows;
            return true;
        }
        finally
        {
            workspaces.Add(workspace);
        }
    }
}
