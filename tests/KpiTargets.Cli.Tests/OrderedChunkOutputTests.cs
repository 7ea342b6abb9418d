using System.Collections.Concurrent;
using System.Text;
using KpiTargets.Cli.Output;
using KpiTargets.Cli.Parallel;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// The joining of the parallel path: chunks handed over in any order, from any thread, are written in file order, and
/// the first chunk in file order that was refused or failed decides how the run ends.
/// </summary>
public sealed class OrderedChunkOutputTests
{
    private static readonly PlainChunkAssigner Assigner = new(
        new PlainCsvStart((byte)',', DataOffset: 0, Width: 3, Unit: 0, Indicator: 1, Result: 2),
        IndicatorCatalog.BinhSon2024,
        AssignmentPolicy.Default,
        OutputText.English,
        canonicalOnly: true,
        guardFormulas: true);

    [Fact]
    public void Chunks_handed_over_in_any_order_from_several_threads_are_written_in_file_order()
    {
        var results = Enumerable.Range(0, 200).Select(Assigned).ToArray();
        var expected = results.SelectMany(result => result.Workspace!.Writer.Written.ToArray()).ToArray();
        using var destination = new MemoryStream();
        var output = new OrderedChunkOutput(destination, [], maxAhead: 200);

        System.Threading.Tasks.Parallel.ForEach(Enumerable.Range(0, 200).OrderBy(i => (i * 37) % 200), new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => output.Add(i, results[i]));

        destination.ToArray().Should().Equal(expected);
        (output.Rows, output.IsStopped, output.Fault).Should().Be((200L, false, null));
    }

    [Fact]
    public void A_chunk_refused_before_a_failed_one_stops_the_run_without_the_failure()
    {
        using var destination = new MemoryStream();
        var output = new OrderedChunkOutput(destination, [], maxAhead: 4);

        output.Add(2, ChunkResult.Faulted(new IOException("read failed")));
        output.Add(1, ChunkResult.NotPlain);
        output.Add(0, Assigned(0));

        (output.IsStopped, output.Fault, output.Rows).Should().Be((true, null, 1L));
    }

    [Fact]
    public void A_chunk_that_failed_before_a_refused_one_stops_the_run_with_the_failure()
    {
        var workspaces = new ConcurrentBag<ChunkWorkspace>();
        using var destination = new MemoryStream();
        var output = new OrderedChunkOutput(destination, workspaces, maxAhead: 4);
        var unwritten = Assigned(3);

        output.Add(3, unwritten);
        output.Add(2, ChunkResult.NotPlain);
        output.Add(1, ChunkResult.Faulted(new IOException("read failed")));
        output.Add(0, Assigned(0));
        output.ReturnUnwritten();

        output.IsStopped.Should().BeTrue();
        output.Fault!.SourceException.Should().BeOfType<IOException>();
        workspaces.Should().Contain(unwritten.Workspace!, "the workspace of a chunk never written goes back to be disposed");
    }

    [Fact]
    public async Task A_worker_waits_to_read_while_too_many_chunks_wait_to_be_written()
    {
        using var destination = new MemoryStream();
        var output = new OrderedChunkOutput(destination, [], maxAhead: 2);

        var waiting = Task.Run(() => output.WaitToRead(2));

        (await Task.WhenAny(waiting, Task.Delay(200))).Should().NotBeSameAs(waiting, "chunks 0 and 1 are not written yet");
        output.Add(0, Assigned(0));
        (await waiting.WaitAsync(TimeSpan.FromMinutes(1))).Should().BeTrue();
    }

    private static ChunkResult Assigned(int chunk) =>
        Assigner.Assign(Encoding.UTF8.GetBytes($"Xã {chunk},1,{chunk % 101}\n"), Assigner.CreateWorkspace());
}
