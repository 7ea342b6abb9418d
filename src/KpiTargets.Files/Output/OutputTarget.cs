namespace KpiTargets.Files.Output;

/// <summary>
/// What <c>-o FILE</c> really names. A symbolic link is followed to the file it points to, which is replaced while the
/// link stays; a device, a named pipe or a socket (<c>/dev/null</c>, <c>/dev/stdout</c>, a pipe made by <c>mkfifo</c>)
/// cannot be replaced by a file and is written into instead.
/// </summary>
/// <param name="Path">The full path to write: a link's final target, or the path as given for a device or pipe (so that <c>/dev/stdout</c> stays this process's own).</param>
/// <param name="IsSpecial">Whether it is a device, a named pipe or a socket, rather than a regular file or no file yet.</param>
internal sealed record OutputTarget(string Path, bool IsSpecial)
{
    /// <summary>The <c>-o</c> value that means standard output.</summary>
    public const string StandardOutputArgument = "-";

    /// <summary>Whether the file exists and this user may not write it: replacing it would defeat its protection.</summary>
    public bool IsReadOnly => File.Exists(Path) && File.GetAttributes(Path).HasFlag(FileAttributes.ReadOnly);

    /// <summary>Where the output named <paramref name="path"/> goes.</summary>
    /// <exception cref="IOException">A link that cannot be followed, such as a loop.</exception>
    public static OutputTarget Of(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Posix.IsSpecialFile(full))
        {
            return new OutputTarget(full, IsSpecial: true);
        }

        var target = new FileInfo(full).LinkTarget is null ? full : File.ResolveLinkTarget(full, returnFinalTarget: true)!.FullName;
        return new OutputTarget(target, IsSpecial: false);
    }
}
