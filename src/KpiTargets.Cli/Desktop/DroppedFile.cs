namespace KpiTargets.Cli.Desktop;

/// <summary>
/// A results file dropped on the program: Windows Explorer starts a program with the dropped file's path as its only
/// argument, so a command line of exactly one existing <c>.csv</c> or <c>.xlsx</c> file is taken as a drop.
/// </summary>
internal static class DroppedFile
{
    /// <summary>What is appended to the input's name (without its extension) to name the targets workbook.</summary>
    public const string TargetsSuffix = ".targets.xlsx";

    /// <summary>The dropped file's path, or <see langword="null"/> when the arguments are a command line to parse.</summary>
    /// <remarks>
    /// Any other single argument (another kind of file, a missing one, a command name) is left to the parser, which
    /// reports it as the usage error it was before drops existed.
    /// </remarks>
    public static string? Find(IReadOnlyList<string> args) =>
        args is [var path]
        && (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        && File.Exists(path)
            ? path
            : null;

    /// <summary>Where the targets of <paramref name="input"/> go: <c>NAME.targets.xlsx</c> in the input's folder.</summary>
    public static string TargetsPath(string input)
    {
        var full = Path.GetFullPath(input);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + TargetsSuffix);
    }
}
