using KpiTargets.Cli.Output;

namespace KpiTargets.Cli.Tests;

/// <summary>The output file: all of it or nothing, with large outputs flushed to disk while they are written.</summary>
public sealed class AtomicFileSinkTests
{
    // Several background flushes' worth, in pieces of uneven size, so that flushes start between writes.
    private static readonly byte[] Large = [.. Enumerable.Range(0, (int)(2.5 * BackgroundFlushStream.FlushBytes)).Select(i => (byte)(i * 7))];

    [Fact]
    public void A_committed_output_larger_than_several_background_flushes_has_every_byte_in_order()
    {
        using var folder = new TempFolder();
        var path = folder.File("targets.csv");

        using (var sink = new AtomicFileSink(path))
        {
            WriteInPieces(sink.Stream, Large);
            sink.Commit();
        }

        File.ReadAllBytes(path).Should().Equal(Large);
        Directory.GetFiles(folder.Path).Should().ContainSingle("the temporary file became the output");
    }

    [Fact]
    public void An_output_not_committed_leaves_the_existing_file_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("targets.csv", "old\n");
        var before = folder.Snapshot();

        using (var sink = new AtomicFileSink(path))
        {
            WriteInPieces(sink.Stream, Large);
        }

        folder.Snapshot().Should().BeEquivalentTo(before);
    }

    private static void WriteInPieces(Stream stream, byte[] bytes)
    {
        for (int offset = 0, piece = 1000; offset < bytes.Length; offset += piece, piece = (piece * 3) % 700_000 + 1)
        {
            stream.Write(bytes, offset, Math.Min(piece, bytes.Length - offset));
        }
    }
}
