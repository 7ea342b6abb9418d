namespace KpiTargets.Files.Output;

/// <summary>
/// Writes into a file that must not be replaced: a device such as <c>/dev/null</c>, a named pipe, <c>/dev/stdout</c>.
/// The result is spooled first and written on commit, so the other end gets the whole result or nothing.
/// </summary>
internal sealed class SpooledDeviceSink(string path) : IOutputSink
{
    private readonly FileStream _spool = TemporaryFiles.CreateUnnamed();

    public Stream Stream => _spool;

    public void Commit()
    {
        _spool.Position = 0;

        // Opened only now, never created nor truncated: a named pipe's open waits for its reader, and the node stays
        // what it is.
        using var device = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        _spool.CopyTo(device, 1 << 16);
    }

    public void Dispose() => _spool.Dispose();
}
