using System.Buffers;

namespace KpiTargets.Cli.Parallel;

/// <summary>Whole lines of a file, in a pooled array that the chunk's last reader returns with <see cref="Return"/>.</summary>
/// <param name="Bytes">The array; only the first <paramref name="Length"/> bytes are the chunk's.</param>
/// <param name="Length">How many bytes the chunk has. Every line ends with a line feed but perhaps the file's last.</param>
internal readonly record struct LineChunk(byte[] Bytes, int Length)
{
    /// <summary>The chunk's bytes.</summary>
    public ReadOnlySpan<byte> Span => Bytes.AsSpan(0, Length);

    /// <summary>Gives the array back to the pool.</summary>
    public void Return() => ArrayPool<byte>.Shared.Return(Bytes);
}
