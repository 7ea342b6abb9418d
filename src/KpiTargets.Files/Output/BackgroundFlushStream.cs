namespace KpiTargets.Files.Output;

/// <summary>
/// A file that flushes the file to disk in the background every <see cref="FlushBytes"/> bytes,
/// so that the flush a commit must wait for has only the last bytes left to do: on a large output, writing the whole
/// file to disk at the end took as long as a tenth of the run.
/// </summary>
/// <remarks>
/// One background flush runs at a time, on the file's handle, while writes go on through the file's stream: the
/// system allows both at once, but the stream itself is not thread-safe, so the background flush never touches it.
/// <see cref="FlushToDisk"/> waits for it and surfaces its failure.
/// </remarks>
/// <param name="file">The file written.</param>
/// <param name="describe">Turns a failure of writing into the exception reported, which names the output the user asked for.</param>
internal sealed class BackgroundFlushStream(FileStream file, Func<Exception, Exception> describe) : Stream
{
    /// <summary>How many bytes are written between two background flushes.</summary>
    public const long FlushBytes = 16 << 20;

    private long _sinceFlush;
    private Task _flushing = Task.CompletedTask;

    public override bool CanRead => file.CanRead;

    public override bool CanSeek => file.CanSeek;

    public override bool CanWrite => true;

    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => file.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            WriteAndFlushNowAndThen(buffer);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw describe(exception);
        }
    }

    private void WriteAndFlushNowAndThen(ReadOnlySpan<byte> buffer)
    {
        file.Write(buffer);
        _sinceFlush += buffer.Length;
        if (_sinceFlush >= FlushBytes && _flushing.IsCompleted)
        {
            // A failed flush is not lost: the next one, or FlushToDisk, waits for it and throws.
            _flushing.GetAwaiter().GetResult();
            file.Flush();
            _sinceFlush = 0;

            // The handle is taken here, on the writing thread: FileStream.SafeFileHandle flushes the stream's buffer,
            // and doing that on the background thread while this one writes lost and repeated bytes.
            // A thread of its own (LongRunning), not one of the pool's: the flush blocks for milliseconds, and the pool's
            // threads are the ones assigning slices (SlicedAssign), one core idle meanwhile.
            var handle = file.SafeFileHandle;
            _flushing = Task.Factory.StartNew(() => RandomAccess.FlushToDisk(handle), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    public override void Flush() => file.Flush();

    /// <summary>Writes everything to disk, waiting for the background flush first.</summary>
    public void FlushToDisk()
    {
        _flushing.GetAwaiter().GetResult();
        file.Flush(flushToDisk: true);
    }

    public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    public override void SetLength(long value) => file.SetLength(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // The file is closed only once no flush uses it; a failure no longer matters when nothing is committed.
            ((IAsyncResult)_flushing).AsyncWaitHandle.WaitOne();
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
