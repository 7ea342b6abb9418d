using System.Collections.Concurrent;
using KpiTargets.Files.Output;
using Microsoft.Win32.SafeHandles;

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

    [Fact]
    public void The_background_flush_leaves_the_file_stream_to_the_writing_thread()
    {
        using var folder = new TempFolder();
        var file = new ThreadCheckingFileStream(folder.File("targets.csv"));

        using (var stream = new BackgroundFlushStream(file, failure => failure))
        {
            WriteInPieces(stream, Large);
            stream.FlushToDisk();
        }

        file.CallsFromOtherThreads.Should().BeEmpty("a FileStream is not thread-safe: its buffer is flushed by the thread that writes");
    }

    private static void WriteInPieces(Stream stream, byte[] bytes)
    {
        for (int offset = 0, piece = 1000; offset < bytes.Length; offset += piece, piece = (piece * 3) % 700_000 + 1)
        {
            stream.Write(bytes, offset, Math.Min(piece, bytes.Length - offset));
        }
    }

    // Notes every call into the stream's buffer made from a thread other than the one that created it.
    private sealed class ThreadCheckingFileStream(string path) : FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16)
    {
        private readonly int _owner = Environment.CurrentManagedThreadId;

        public ConcurrentBag<string> CallsFromOtherThreads { get; } = [];

        public override SafeFileHandle SafeFileHandle
        {
            get
            {
                Check(nameof(SafeFileHandle));
                return base.SafeFileHandle;
            }
        }

        public override void Flush(bool flushToDisk)
        {
            Check(nameof(Flush));
            base.Flush(flushToDisk);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Check(nameof(Write));
            base.Write(buffer);
        }

        private void Check(string member)
        {
            if (Environment.CurrentManagedThreadId != _owner)
            {
                CallsFromOtherThreads.Add(member);
            }
        }
    }
}
