using System.Buffers;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// Cuts a stream into chunks of about <c>chunkBytes</c> that end at a line feed, so each can be read on its own. A
/// line never spans two chunks; a line longer than the limit ends the sequence early, as unreadable here.
/// </summary>
/// <remarks>
/// A line feed inside a quoted field would be cut too: the plain dialect refuses such a field, so the chunk that holds
/// its opening quote refuses the file, and that chunk comes first.
/// </remarks>
/// <param name="stream">The bytes, read once from their current position.</param>
/// <param name="chunkBytes">The usual size of a chunk.</param>
/// <param name="maxLineBytes">The longest line accepted.</param>
internal sealed class LineChunks(Stream stream, int chunkBytes, int maxLineBytes)
{
    /// <summary>Whether reading stopped at a line longer than the limit, leaving the rest unread.</summary>
    public bool StoppedAtLongLine { get; private set; }

    /// <summary>The chunks, from the stream's position to its end or to a line too long.</summary>
    public IEnumerable<LineChunk> Read()
    {
        var pool = ArrayPool<byte>.Shared;
        var buffer = pool.Rent(chunkBytes);
        var filled = 0;
        while (true)
        {
            int read;
            while (filled < buffer.Length && (read = stream.Read(buffer, filled, buffer.Length - filled)) > 0)
            {
                filled += read;
            }

            var atEnd = filled < buffer.Length;
            var cut = atEnd ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
            if (cut == 0 && !atEnd)
            {
                // No line end in a full buffer: the line is longer than a chunk.
                if (buffer.Length > maxLineBytes)
                {
                    pool.Return(buffer);
                    StoppedAtLongLine = true;
                    yield break;
                }

                var larger = pool.Rent(buffer.Length * 2);
                buffer.AsSpan(0, filled).CopyTo(larger);
                pool.Return(buffer);
                buffer = larger;
                continue;
            }

            if (cut == 0)
            {
                pool.Return(buffer);
                yield break;
            }

            var next = pool.Rent(Math.Max(chunkBytes, (filled - cut) * 2));
            buffer.AsSpan(cut, filled - cut).CopyTo(next);
            yield return new LineChunk(buffer, cut);
            buffer = next;
            filled -= cut;
        }
    }
}
