namespace KpiTargets.Files.Output;

/// <summary>
/// Whether two paths name one file, so that writing one would replace the other: <c>assign results.csv -o
/// results.csv</c> would put targets where the 2023 results were.
/// </summary>
internal static class SameFile
{
    /// <summary>
    /// True when both exist and are one file: by the file system's identity (device and inode) where the system gives
    /// it, which sees through links, hard links and other spellings of a path; elsewhere by their full paths, links
    /// followed.
    /// </summary>
    public static bool Is(string first, string second)
    {
        if (!File.Exists(first) || !File.Exists(second))
        {
            return false;
        }

        if (Posix.TryGetIdentity(first, out var one) && Posix.TryGetIdentity(second, out var other))
        {
            return one == other;
        }

        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(FinalPath(first), FinalPath(second), comparison);
    }

    private static string FinalPath(string path)
    {
        var full = Path.GetFullPath(path);
        return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }
}
