using System.Globalization;
using KpiTargets.Cli.Jobs;
using KpiTargets.Files.Jobs;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Targets;

namespace KpiTargets.Cli.Desktop;

/// <summary>
/// A dropped results file: <c>assign</c> with its defaults, into <c>NAME.targets.xlsx</c> beside the input, in the
/// user's display language; then a summary of what was read and written. The file is replaced only by a run that
/// succeeds, as <c>assign -o</c> does; problems and exit codes are <c>assign</c>'s own.
/// </summary>
internal static class DropJob
{
    public static int Run(string input, CliConsole console, CultureInfo uiCulture)
    {
        var text = DesktopText.For(uiCulture);
        var full = Path.GetFullPath(input);
        var output = DroppedFile.TargetsPath(full);
        var request = new AssignRequest(
            full,
            InputOptions.Default with { Messages = text.Messages },
            output,
            TargetsLayoutKind.Long,
            GuardFormulas: true,
            CatalogPath: null,
            AssignmentPolicy.Default);
        var counts = default(AssignCounts);
        var exitCode = CliErrors.Guard(console, text.Messages, () => AssignJob.Run(request, console, out counts));
        if (exitCode == ExitCodes.Success)
        {
            console.Output.WriteLine(text.Read(full, counts));
            console.Output.WriteLine(text.Wrote(output));
        }

        return exitCode;
    }
}
