namespace KpiTargets.Files.Output;

/// <summary>
/// Writes into a hidden temporary file beside the destination (<see cref="TemporaryFiles.NewPath"/>) and renames it over
/// the destination on commit. A rename within one folder is atomic, so readers see the old file or the new one, never
/// a mix. The bytes are on disk before the rename, so a crash right after it cannot leave a short file in place of the
/// old one; the new file keeps the old one's permissions.
/// </summary>
internal sealed class AtomicFileSink : IOutputSink
{
    private readonly string _destination;
    private readonly string _shownAs;
    private readonly string _temporary;
    private readonly BackgroundFlushStream _stream;
    private bool _committed;

    /// <summary>A sink for <paramref name="destination"/>, a regular file or none yet (links already followed: <see cref="OutputTarget"/>).</summary>
    /// <param name="destination">The file to write.</param>
    /// <param name="shownAs">The output as the user named it, for messages; <paramref name="destination"/> when <see langword="null"/>.</param>
    public AtomicFileSink(string destination, string? shownAs = null)
    {
        _destination = Path.GetFullPath(destination);
        _shownAs = shownAs ?? destination;
        _temporary = TemporaryFiles.NewPath(Path.GetDirectoryName(_destination)!);
        try
        {
            _stream = new BackgroundFlushStream(TemporaryFiles.Create(_temporary), failure => new OutputWriteException(_shownAs, _temporary, failure));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(_shownAs, _temporary, exception);
        }
    }

    public Stream Stream => _stream;

    public void Commit()
    {
        try
        {
            _stream.FlushToDisk();
            _stream.Dispose();
            if (!OperatingSystem.IsWindows() && File.Exists(_destination))
            {
                // A new file gets the umask's permissions; a private file made readable by all would be a leak.
                File.SetUnixFileMode(_temporary, File.GetUnixFileMode(_destination));
            }

            TemporaryFiles.Move(_temporary, _destination);
            _committed = true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(_shownAs, _temporary, exception);
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (!_committed)
        {
            TemporaryFiles.Delete(_temporary);
        }
    }
}
