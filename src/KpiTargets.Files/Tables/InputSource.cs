namespace KpiTargets.Files.Tables;

/// <summary>Where an input comes from: a file, or standard input when the user wrote <c>-</c>.</summary>
/// <param name="DisplayName">The name used in problem reports: the path as given, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Open">Opens the bytes for one sequential read.</param>
/// <param name="FilePath">The file's path; <see langword="null"/> for standard input, which can be read only once.</param>
internal sealed record InputSource(string DisplayName, Func<Stream> Open, string? FilePath = null)
{
    /// <summary>The argument value that means standard input.</summary>
    public const string StandardInputArgument = "-";

    /// <summary>An input read from the file at <paramref name="path"/>.</summary>
    public static InputSource FromFile(string path) => new(
        path,
        // Shared for writing too: Excel keeps a workbook or CSV it has open locked for writing, and reading it is harmless.
        () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 4096, FileOptions.SequentialScan),
        path);

    /// <summary>The INPUT argument as a source: <c>-</c> is standard input, anything else a file path.</summary>
    public static InputSource FromArgument(string argument, Func<Stream> openStandardInput) =>
        argument == StandardInputArgument ? new InputSource("<stdin>", openStandardInput, null) : FromFile(argument);
}
