namespace KpiTargets.Cli.Output;

/// <summary>
/// Writes into a temporary file beside the destination and renames it over the destination on commit. A rename
/// within one folder is atomic, so readers see the old file or the new one, never a mix. The bytes are on disk before
/// the rename, so a crash right after it cannot leave a short file in place of the old one.
/// </summary>
internal sealed class AtomicFileSink : IOutputSink
{
    private readonly string _destination;
    private readonly string _temporary;
    private readonly BackgroundFlushStream _stream;
    private bool _committed;

    public AtomicFileSink(string destination)
    {
        _destination = Path.GetFullPath(destination);
        var folder = Path.GetDirectoryName(_destination)!;
        _temporary = Path.Combine(folder, $".{Path.GetFileName(_destination)}.{Guid.NewGuid():N}.tmp");
        _stream = new BackgroundFlushStream(new FileStream(_temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16));
    }

    public Stream Stream => _stream;

    public void Commit()
    {
        _stream.FlushToDisk();
        _stream.Dispose();
        File.Move(_temporary, _destination, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (!_committed)
        {
            File.Delete(_temporary);
        }
    }
}
