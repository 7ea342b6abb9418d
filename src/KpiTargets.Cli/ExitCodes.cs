namespace KpiTargets.Cli;

/// <summary>The process exit codes, documented in the README; scripts rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything went well.</summary>
    public const int Success = 0;

    /// <summary>
    /// The command line was wrong: an unknown or malformed option, a missing input file, an output folder that does
    /// not exist. System.CommandLine also exits 1 on its parse errors, so all usage errors share this code.
    /// </summary>
    public const int UsageError = 1;

    /// <summary>The input or catalog data has problems, all printed as <c>FILE:LINE: message</c>; nothing was written.</summary>
    public const int DataError = 2;

    /// <summary>Reading or writing failed at the operating-system level (disk full, permission lost mid-run).</summary>
    public const int IoError = 3;

    /// <summary>Ended by SIGHUP (its terminal closed): 128 + 1, as shells report it. The temporary files were deleted.</summary>
    public const int HungUp = 129;

    /// <summary>Ended by SIGINT (Ctrl+C): 128 + 2, as shells report it. The temporary files were deleted.</summary>
    public const int Interrupted = 130;

    /// <summary>Ended by SIGTERM (<c>kill</c>'s default): 128 + 15, as shells report it. The temporary files were deleted.</summary>
    public const int Terminated = 143;
}
