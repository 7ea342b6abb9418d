using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace KpiTargets.Cli.Desktop;

/// <summary>
/// The Windows console the process writes to: whether it is a window of its own that closes with the process, and
/// the code page it shows bytes in. Everywhere else these are no-ops.
/// </summary>
internal static partial class ConsoleWindow
{
    private const uint Utf8CodePage = 65001;

    /// <summary>
    /// Whether to wait for a key before exiting: only in a console window that belongs to this process alone (one that
    /// Explorer opened for a dropped file or a double-click, and closes as soon as the process ends), and only when
    /// a key can be read. In a terminal the shell shares the console, so the count is 2 or more; outside Windows it is 0.
    /// </summary>
    /// <param name="consoleProcessCount">How many processes share the console (<see cref="ProcessCount"/>).</param>
    /// <param name="inputRedirected">Whether standard input is a file or a pipe rather than the keyboard.</param>
    public static bool ShouldWaitForKey(int consoleProcessCount, bool inputRedirected) =>
        consoleProcessCount == 1 && !inputRedirected;

    /// <summary>How many processes are attached to this process's console: 0 outside Windows or without a console.</summary>
    public static int ProcessCount()
    {
        if (!OperatingSystem.IsWindows())
        {
            return 0;
        }

        // A list of one is enough: when more processes share the console the call returns how many there are.
        uint first = 0;
        return (int)GetConsoleProcessList(ref first, 1);
    }

    /// <summary>
    /// Makes a Windows console show the UTF-8 bytes the CLI writes as UTF-8, until disposed. A console shows bytes in
    /// its own code page (437, 850 or 1258, by the system's language), which turns every Vietnamese letter written as
    /// UTF-8 into two or three wrong ones, in cmd.exe and PowerShell alike. Disposing puts the console's code page
    /// back, so the shell the user goes on typing in is as it was; text already shown stays as it was drawn.
    /// </summary>
    public static IDisposable ShowUtf8()
    {
        if (!OperatingSystem.IsWindows())
        {
            return new CodePage(0);
        }

        // 0: no console (output to files or pipes only); nothing to change then, nor for a console already in UTF-8.
        var previous = GetConsoleOutputCP();
        return previous is 0 or Utf8CodePage || !SetConsoleOutputCP(Utf8CodePage) ? new CodePage(0) : new CodePage(previous);
    }

    private sealed class CodePage(uint previous) : IDisposable
    {
        public void Dispose()
        {
            if (previous != 0 && OperatingSystem.IsWindows())
            {
                SetConsoleOutputCP(previous);
            }
        }
    }

    [LibraryImport("kernel32.dll")]
    [SupportedOSPlatform("windows")]
    private static partial uint GetConsoleProcessList(ref uint processList, uint processCount);

    [LibraryImport("kernel32.dll")]
    [SupportedOSPlatform("windows")]
    private static partial uint GetConsoleOutputCP();

    [LibraryImport("kernel32.dll")]
    [SupportedOSPlatform("windows")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool SetConsoleOutputCP(uint codePage);
}
