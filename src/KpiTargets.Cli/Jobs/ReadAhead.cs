using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace KpiTargets.Cli.Jobs;

/// <summary>
/// Enumerates a sequence on a second thread, a few batches ahead of its consumer, so that reading and checking the
/// input overlap with computing and writing the output on a machine's second core. Order is kept; an exception of
/// the source surfaces in the consumer; a consumer that stops early tells the source to stop, without waiting for it,
/// so state the source writes to is only safe to read after a complete enumeration. Memory is bounded by
/// <see cref="Depth"/> batches whatever the length of the sequence.
/// </summary>
internal static class ReadAhead
{
    /// <summary>Items handed over at a time: large enough that the hand-over costs nothing per item.</summary>
    public const int BatchSize = 1024;

    /// <summary>Batches the source may run ahead.</summary>
    public const int Depth = 4;

    public static IEnumerable<T> Of<T>(IEnumerable<T> source)
    {
        // Full batches go one way and emptied ones come back, so no batch is allocated after the first few. None of
        // the three is disposed: the source's thread may still touch them after an early stop.
        var full = new BlockingCollection<(T[] Items, int Count)>(Depth);
        var empty = new BlockingCollection<T[]>();
        var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        for (var i = 0; i < Depth + 1; i++)
        {
            empty.Add(new T[BatchSize]);
        }

        var producer = new Thread(() =>
        {
            try
            {
                var batch = empty.Take(stop.Token);
                var count = 0;
                try
                {
                    foreach (var item in source)
                    {
                        batch[count++] = item;
                        if (count == batch.Length)
                        {
                            full.Add((batch, count), stop.Token);
                            batch = empty.Take(stop.Token);
                            count = 0;
                        }
                    }
                }
                catch (Exception exception) when (!stop.IsCancellationRequested)
                {
                    // Surfaces after the items read before it, as it would without a second thread.
                    failure = ExceptionDispatchInfo.Capture(exception);
                }

                full.Add((batch, count), stop.Token);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early: nobody waits for the rest, nor for what went wrong after.
            }
            finally
            {
                full.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "read ahead",
        };
        producer.Start();
        try
        {
            foreach (var (items, count) in full.GetConsumingEnumerable())
            {
                for (var i = 0; i < count; i++)
                {
                    yield return items[i];
                }

                Array.Clear(items, 0, count);
                empty.Add(items);
            }

            producer.Join();
            failure?.Throw();
        }
        finally
        {
            // Not joined: a source blocked on a silent standard input must not keep a failed run from ending.
            stop.Cancel();
        }
    }
}
