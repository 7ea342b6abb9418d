namespace KpiTargets.Files.Output;

/// <summary>Chooses the sink for an output: a spool for standard output or a device, a temporary file for a file.</summary>
internal static class OutputSinks
{
    /// <summary>The sink for <c>-o</c> <paramref name="output"/>, or for <paramref name="standardOutput"/> when it is <see langword="null"/>.</summary>
    public static IOutputSink Open(string? output, TextWriter standardOutput) =>
        output is null ? new SpooledWriterSink(standardOutput) : OpenFile(output);

    /// <summary>The sink for the file <paramref name="output"/>: a temporary file beside it, or a spool for a device or named pipe.</summary>
    public static IOutputSink OpenFile(string output)
    {
        var target = OutputTarget.Of(output);
        return target.IsSpecial ? new SpooledDeviceSink(target.Path) : new AtomicFileSink(target.Path, shownAs: output);
    }
}
