namespace KpiTargets.Cli.Tests;

/// <summary>A stream in memory that fails like a full disk once it would hold more than <c>failAfterBytes</c>.</summary>
internal sealed class FailingStream(long failAfterBytes) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        if (Length + count > failAfterBytes)
        {
            throw new IOException("No space left on device");
        }

        base.Write(buffer, offset, count);
    }

    // MemoryStream's own span overload would call back into the array overload of a derived stream.
    public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);
}
