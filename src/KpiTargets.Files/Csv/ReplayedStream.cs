using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Csv;

/// <summary>
/// A stream read from its start again after its first bytes were looked at: those bytes, then the rest. Standard input
/// cannot seek back, so looking at a byte order mark takes this.
/// </summary>
internal sealed class ReplayedStream(byte[] start, Stream rest) : ReadOnlyStream(rest)
{
    private int _replayed;

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        if (_replayed < start.Length)
        {
            var count = Math.Min(buffer.Length, start.Length - _replayed);
            start.AsSpan(_replayed, count).CopyTo(buffer);
            _replayed += count;
            return count;
        }

        return Inner.Read(buffer);
    }
}
