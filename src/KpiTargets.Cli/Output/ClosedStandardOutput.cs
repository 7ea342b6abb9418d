using System.Text;

namespace KpiTargets.Cli.Output;

/// <summary>
/// Standard output for a process started without one (<c>&gt;&amp;-</c>): the first character written throws
/// <see cref="StandardOutputClosedException"/>, which the command reports as an I/O error. Nothing written is lost
/// silently, and a run that writes nothing there (<c>-o FILE</c>) is not disturbed.
/// </summary>
internal sealed class ClosedStandardOutput : TextWriter
{
    /// <inheritdoc/>
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc/>
    public override void Write(char value) => throw new StandardOutputClosedException();
}
