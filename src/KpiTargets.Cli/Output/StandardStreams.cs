using Microsoft.Win32.SafeHandles;

namespace KpiTargets.Cli.Output;

/// <summary>
/// Whether the process was started with standard output and standard error open for writing. A shell's <c>&gt;&amp;-</c>
/// or <c>2&gt;&amp;-</c> closes them, and then the next file opened takes the free number: the runtime's own pipe, or
/// the temporary file or spool, which would receive what is written to standard error.
/// </summary>
/// <param name="OutputIsOpen">Whether descriptor 1 is the one the process inherited, open for writing.</param>
/// <param name="ErrorIsOpen">Whether descriptor 2 is the one the process inherited, open for writing.</param>
internal sealed record StandardStreams(bool OutputIsOpen, bool ErrorIsOpen)
{
    // The /dev/null descriptors put on free standard numbers, kept open for the life of the process.
    private static readonly List<SafeFileHandle> Placeholders = [];

    /// <summary>
    /// Looks at descriptors 1 and 2, then puts /dev/null on each of 0, 1 and 2 that is free, so that no file opened
    /// later takes a standard stream's number. Call it first, before the program opens any file.
    /// </summary>
    public static StandardStreams Claim()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return new StandardStreams(OutputIsOpen: true, ErrorIsOpen: true);
        }

        var streams = new StandardStreams(IsInheritedForWriting(1), IsInheritedForWriting(2));
        FillFreeStandardNumbers();
        return streams;
    }

    // A descriptor opened by the runtime before Main (on a number the shell left free) has close-on-exec set, as every
    // descriptor .NET opens does; one inherited through exec cannot have it. A read-only one cannot take our text.
    private static bool IsInheritedForWriting(int descriptor) =>
        DescriptorFlags.Fcntl(descriptor, DescriptorFlags.GetDescriptorFlags) is var flags and >= 0
        && (flags & DescriptorFlags.CloseOnExec) == 0
        && (DescriptorFlags.Fcntl(descriptor, DescriptorFlags.GetStatusFlags) & DescriptorFlags.AccessModeMask) != DescriptorFlags.ReadOnlyAccess;

    // A file opens on the lowest free number, so opening /dev/null until the number is above 2 fills exactly the free
    // standard numbers, and never replaces an open descriptor (as dup2 would).
    private static void FillFreeStandardNumbers()
    {
        while (true)
        {
            var handle = File.OpenHandle("/dev/null", FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            if (handle.DangerousGetHandle() > 2)
            {
                handle.Dispose();
                return;
            }

            Placeholders.Add(handle);
        }
    }
}
