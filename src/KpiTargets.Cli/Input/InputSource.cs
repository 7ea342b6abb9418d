namespace KpiTargets.Cli.Input;

/// <summary>Where an input comes from: a file, or standard input when the user wrote <c>-</c>.</summary>
/// <param name="DisplayName">The name used in problem reports: the path as given, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Open">Opens the bytes for one sequential read.</param>
internal sealed record InputSource(string DisplayName, Func<Stream> Open)
{
    /// <summary>The argument value that means standard input.</summary>
    public const string StandardInputArgument = "-";

    /// <summary>An input read from the file at <paramref name="path"/>.</summary>
    public static InputSource FromFile(string path) => new(
        path,
        () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan));
}
