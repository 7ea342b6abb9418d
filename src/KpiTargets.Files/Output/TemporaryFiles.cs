namespace KpiTargets.Files.Output;

/// <summary>
/// Creates the run's temporary files and remembers those that have a name on disk, so that a signal ending the run
/// (the CLI's <c>TerminationSignals</c>) deletes them. One gate orders creating, renaming and deleting them with that last
/// clean-up: once the clean-up holds the gate, no temporary file is created or committed any more.
/// </summary>
internal static class TemporaryFiles
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Named = new(StringComparer.Ordinal);

    /// <summary>
    /// A new temporary path in <paramref name="folder"/>: <c>.kpi-targets-</c>, 16 random hex digits, <c>.tmp</c>. Hidden,
    /// one pattern for every run, and 33 bytes whatever the output's name, so a name near the system's limit of 255
    /// bytes still has a temporary file beside it.
    /// </summary>
    /// <remarks>
    /// The digits need only be unlikely to meet another run's: the file is created exclusively, so a clash fails rather
    /// than overwrites. A cryptographic generator loaded OpenSSL on every run, about 3 ms of a 10 ms start.
    /// </remarks>
    public static string NewPath(string folder) =>
        Path.Combine(folder, $".kpi-targets-{(ulong)Random.Shared.NextInt64(long.MinValue, long.MaxValue):x16}.tmp");

    /// <summary>Creates a new file at <paramref name="path"/>, deleted on a terminating signal until it is moved or deleted.</summary>
    public static FileStream Create(string path)
    {
        lock (Gate)
        {
            var stream = Open(path, FileOptions.None);
            Named.Add(path);
            return stream;
        }
    }

    /// <summary>
    /// Creates a temporary file with no name, in the system's temporary folder: on Unix its name is deleted as soon as
    /// it is open, so not even a killed process leaves it behind; Windows deletes it when its handle closes, at the
    /// process's end at the latest.
    /// </summary>
    public static FileStream CreateUnnamed()
    {
        var path = NewPath(Path.GetTempPath());
        if (OperatingSystem.IsWindows())
        {
            return Open(path, FileOptions.DeleteOnClose);
        }

        lock (Gate)
        {
            var stream = Open(path, FileOptions.None);
            File.Delete(path);
            return stream;
        }
    }

    /// <summary>Renames the temporary file at <paramref name="path"/> over <paramref name="destination"/>.</summary>
    public static void Move(string path, string destination)
    {
        lock (Gate)
        {
            File.Move(path, destination, overwrite: true);
            Named.Remove(path);
        }
    }

    /// <summary>Deletes the temporary file at <paramref name="path"/>.</summary>
    public static void Delete(string path)
    {
        lock (Gate)
        {
            File.Delete(path);
            Named.Remove(path);
        }
    }

    /// <summary>
    /// Deletes every named temporary file and ends the process with <paramref name="exitCode"/>. The gate is never
    /// released: a commit waiting for it never happens.
    /// </summary>
    public static void DeleteAllAndExit(int exitCode)
    {
        lock (Gate)
        {
            foreach (var path in Named)
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // The process ends either way; the other files still get deleted.
                }
            }

            Environment.Exit(exitCode);
        }
    }

    private static FileStream Open(string path, FileOptions options) =>
        new(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16, options);
}
