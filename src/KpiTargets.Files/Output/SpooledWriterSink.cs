using System.Text;

namespace KpiTargets.Files.Output;

/// <summary>
/// Spools a result into a temporary file and copies it to a text writer (standard output) on commit, so a bad
/// row near the end of a large input never leaves half a result in a pipe. Memory stays flat: the spool is on disk,
/// in a file without a name (<see cref="TemporaryFiles.CreateUnnamed"/>).
/// </summary>
internal sealed class SpooledWriterSink(TextWriter destination) : IOutputSink
{
    private readonly FileStream _spool = TemporaryFiles.CreateUnnamed();

    public Stream Stream => _spool;

    public void Commit()
    {
        _spool.Flush();
        _spool.Position = 0;
        using var reader = new StreamReader(_spool, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            destination.Write(buffer, 0, read);
        }

        destination.Flush();
    }

    public void Dispose() => _spool.Dispose();
}
