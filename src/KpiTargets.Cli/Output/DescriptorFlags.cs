using System.Runtime.InteropServices;

namespace KpiTargets.Cli.Output;

/// <summary>
/// The C library's <c>fcntl</c>, which .NET has no API for, to read how the process's standard descriptors were
/// inherited. A blittable signature only, so native AOT needs no marshalling code. Linux and macOS.
/// </summary>
internal static class DescriptorFlags
{
    /// <summary><c>fcntl</c>'s command reading a descriptor's flags (<c>F_GETFD</c>); the same on Linux and macOS.</summary>
    public const int GetDescriptorFlags = 1;

    /// <summary><c>fcntl</c>'s command reading a descriptor's access mode and status (<c>F_GETFL</c>); the same on Linux and macOS.</summary>
    public const int GetStatusFlags = 3;

    /// <summary>The descriptor flag set on every descriptor the runtime opens (<c>FD_CLOEXEC</c>).</summary>
    public const int CloseOnExec = 1;

    /// <summary>The access-mode bits of the status flags (<c>O_ACCMODE</c>), and their value for read-only (<c>O_RDONLY</c>).</summary>
    public const int AccessModeMask = 3;

    /// <summary>See <see cref="AccessModeMask"/>.</summary>
    public const int ReadOnlyAccess = 0;

    /// <summary>
    /// <c>fcntl(descriptor, command)</c> for the commands without an argument; -1 when the descriptor is not open.
    /// Linux and macOS.
    /// </summary>
    [DllImport("libc", EntryPoint = "fcntl")]
    public static extern int Fcntl(int descriptor, int command);
}
