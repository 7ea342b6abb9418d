using System.Runtime.InteropServices;
using System.Text;

namespace KpiTargets.Files.Output;

/// <summary>
/// The C library's <c>statx</c>, which .NET has no API for: what kind of file a path names, and which file it is.
/// Blittable signatures only, so native AOT needs no marshalling code; each method says on which systems it answers.
/// </summary>
internal static class Posix
{
    private const int CurrentFolder = -100;          // AT_FDCWD
    private const uint TypeOnly = 0x1;               // STATX_TYPE
    private const int ModeOffset = 28;               // stx_mode in struct statx, the same on every Linux architecture
    private const int TypeMask = 0xF000;             // S_IFMT
    private const int RegularFile = 0x8000;          // S_IFREG
    private const int Directory = 0x4000;            // S_IFDIR
    private const uint InodeOnly = 0x100;            // STATX_INO (the device is always filled in)
    private const int InodeOffset = 32;              // stx_ino
    private const int DeviceMajorOffset = 136;       // stx_dev_major
    private const int DeviceMinorOffset = 140;       // stx_dev_minor

    /// <summary>
    /// Whether <paramref name="path"/>, links followed, is a device, a named pipe or a socket: a file that is neither
    /// regular nor a folder. False when it does not exist or cannot be reached (the write that follows says why), and
    /// on systems other than Linux, which has statx, whose structure is the same on every architecture.
    /// </summary>
    public static bool IsSpecialFile(string path)
    {
        var buffer = new byte[256];
        return TryStatx(path, TypeOnly, buffer) && (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) is not RegularFile and not Directory;
    }

    /// <summary>
    /// The file system's identity of the file at <paramref name="path"/>, links followed: its device and inode, which two
    /// names of one file (a link, a hard link, another spelling of the path) share. False when the file does not exist,
    /// and on systems other than Linux.
    /// </summary>
    public static bool TryGetIdentity(string path, out (uint DeviceMajor, uint DeviceMinor, ulong Inode) identity)
    {
        var buffer = new byte[256];
        var found = TryStatx(path, InodeOnly, buffer);
        identity = found
            ? (BitConverter.ToUInt32(buffer, DeviceMajorOffset), BitConverter.ToUInt32(buffer, DeviceMinorOffset), BitConverter.ToUInt64(buffer, InodeOffset))
            : default;
        return found;
    }

    // statx of path, links followed, into buffer; false where it fails, and on systems other than Linux.
    private static bool TryStatx(string path, uint mask, byte[] buffer)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        byte[] name = [.. Encoding.UTF8.GetBytes(path), 0];
        try
        {
            return Statx(CurrentFolder, name, 0, mask, buffer) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than statx (glibc 2.28, musl 1.2.5)
        }
    }

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int folder, byte[] path, int flags, uint mask, byte[] buffer);
}
