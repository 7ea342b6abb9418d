namespace KpiTargets.Cli.Csv;

/// <summary>
/// A stream read from its start again after its first bytes were looked at: those bytes, then the rest. Standard input
/// cannot seek back, so looking at a byte order mark takes this.
/// </summary>
internal sealed class ReplayedStream(byte[] start, Stream rest) : Stream
{
    private int _replayed;

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

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

        return rest.Read(buffer);
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
