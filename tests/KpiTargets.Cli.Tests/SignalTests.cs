namespace KpiTargets.Cli.Tests;

/// <summary>
/// A run stopped by a signal leaves nothing behind: the real CLI, reading standard input that the test keeps open, is
/// sent the signal while its temporary file exists.
/// </summary>
public sealed class SignalTests
{
    private const string PartialInput = "unit,indicator,result_2023\nUBND xã Bình Thuận,1,45.15\nPhòng Tư pháp,2,6";

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    [InlineData("HUP", 129)]
    public void A_signal_during_a_run_deletes_the_temporary_file_and_exits_with_the_conventional_code(string signal, int exitCode)
    {
        using var temp = new TempFolder();
        var output = temp.Write("targets.csv", "precious, hand-edited targets\n");
        var before = temp.Snapshot();
        using var run = CliProcess.Start(["assign", "-", "-o", output]);
        run.Input.Write(PartialInput);
        run.Input.Flush();
        CliProcess.WaitUntil(() => HiddenTemporaryFiles(temp.Path).Length > 0, "the temporary file appears beside the output");

        run.Send(signal);
        var result = run.WaitForExit();

        result.ExitCode.Should().Be(exitCode);
        result.Output.Should().BeEmpty();
        temp.Snapshot().Should().BeEquivalentTo(before, "the temporary file is gone and the old output is unchanged");
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("KILL", 137)]
    public void The_standard_output_spool_has_no_name_on_disk_so_even_a_killed_run_leaves_nothing(string signal, int exitCode)
    {
        using var spoolFolder = new TempFolder();
        var environment = new Dictionary<string, string>
        {
            ["TMPDIR"] = spoolFolder.Path,
            ["DOTNET_EnableDiagnostics"] = "0", // the runtime's diagnostics socket would go to TMPDIR too
        };
        using var run = CliProcess.Start(["assign", "-"], environment: environment);
        run.Input.Write(PartialInput);
        run.Input.Flush();
        CliProcess.WaitUntil(() => OpenFilesIn(run.Id, spoolFolder.Path).Length > 0, "the run opens its spool");

        Directory.GetFileSystemEntries(spoolFolder.Path).Should().BeEmpty("the spool is open but has no name");
        run.Send(signal);
        var result = run.WaitForExit();

        result.ExitCode.Should().Be(exitCode);
        result.Output.Should().BeEmpty();
        Directory.GetFileSystemEntries(spoolFolder.Path).Should().BeEmpty();
    }

    private static string[] HiddenTemporaryFiles(string folder) => Directory.GetFiles(folder, ".*.tmp");

    // What the process has open in the folder, read from /proc: a spool without a name still shows as "PATH (deleted)".
    private static string[] OpenFilesIn(int processId, string folder)
    {
        try
        {
            return [.. Directory.GetFiles($"/proc/{processId}/fd")
                .Select(descriptor => new FileInfo(descriptor).LinkTarget ?? "")
                .Where(target => target.StartsWith(folder + "/", StringComparison.Ordinal))];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return []; // a descriptor closed while it was listed
        }
    }
}
