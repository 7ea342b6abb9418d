using System.Diagnostics;
using System.Runtime.Versioning;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// What <c>-o FILE</c> does with the unlucky paths: an empty one, <c>-</c>, a symbolic link, a device or a named pipe,
/// a read-only file. Each works as the user meant, leaving the node it names what it was, or is refused before the
/// input is read.
/// </summary>
[UnsupportedOSPlatform("windows")] // links, devices, named pipes and file modes as POSIX systems have them
public sealed class OutputPathTests
{
    private const string GoodInput = "unit,indicator,result_2023\nA,1,40\nB,1,62.5\n";

    private static readonly string Targets = CliRun.Of(["assign", "-"], GoodInput).Output;

    [Fact]
    public void An_empty_output_path_is_a_usage_error()
    {
        var run = CliRun.Of(["assign", "-", "-o", ""], GoodInput);

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().Equal(
            "The output path is empty; give a file name, or leave out -o to write to standard output.",
            "Run 'kpi-targets assign --help' for usage.");
    }

    [Fact]
    public void A_dash_as_output_means_standard_output()
    {
        var dashFile = Path.GetFullPath("-");
        try
        {
            var run = CliRun.Of(["assign", "-", "-o", "-"], GoodInput);

            run.ExitCode.Should().Be(0);
            run.Output.Should().Be(Targets);
            File.Exists(dashFile).Should().BeFalse("no file named '-' is created");
        }
        finally
        {
            File.Delete(dashFile);
        }
    }

    [Fact]
    public void A_symbolic_link_is_written_through_to_its_target_and_stays_a_link()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("links"));
        Directory.CreateDirectory(temp.File("files"));
        var target = temp.Write(Path.Combine("files", "targets.csv"), "old\n");
        var link = temp.File(Path.Combine("links", "targets.csv"));
        File.CreateSymbolicLink(link, Path.Combine("..", "files", "targets.csv"));

        var run = CliRun.Of(["assign", "-", "-o", link], GoodInput);

        run.ExitCode.Should().Be(0);
        new FileInfo(link).LinkTarget.Should().Be(Path.Combine("..", "files", "targets.csv"));
        File.ReadAllText(target).Should().Be(Targets);
        Directory.GetFiles(temp.File("links")).Should().Equal(link);
        Directory.GetFiles(temp.File("files")).Should().Equal(target);
    }

    [Fact]
    public void A_link_to_a_file_not_yet_written_creates_the_file_and_keeps_the_link()
    {
        using var temp = new TempFolder();
        var link = temp.File("latest.csv");
        File.CreateSymbolicLink(link, temp.File("targets-2024.csv"));

        var run = CliRun.Of(["assign", "-", "-o", link], GoodInput);

        run.ExitCode.Should().Be(0);
        new FileInfo(link).LinkTarget.Should().Be(temp.File("targets-2024.csv"));
        File.ReadAllText(temp.File("targets-2024.csv")).Should().Be(Targets);
    }

    [Fact]
    public void A_link_that_loops_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var loop = temp.File("targets.csv");
        File.CreateSymbolicLink(loop, "targets.csv");

        var run = CliRun.Of(["assign", "-", "-o", loop], GoodInput);

        run.ExitCode.Should().Be(1);
        run.ErrorLines[0].Should().StartWith($"The output '{loop}' cannot be used: ");
        new FileInfo(loop).LinkTarget.Should().Be("targets.csv");
    }

    [Fact]
    public async Task A_named_pipe_is_written_into_and_stays_a_named_pipe()
    {
        using var temp = new TempFolder();
        var pipe = temp.File("targets.fifo");
        Shell("mkfifo", pipe).Should().Be(0);
        var reader = Task.Run(() => File.ReadAllText(pipe));

        var run = CliRun.Of(["assign", "-", "-o", pipe], GoodInput);

        run.ExitCode.Should().Be(0);
        (await reader.WaitAsync(CliProcess.Timeout)).Should().Be(Targets, "the reader gets the targets and their end");
        Shell("test", "-p", pipe).Should().Be(0, "the named pipe is still a named pipe");
        Directory.GetFileSystemEntries(temp.Path).Should().Equal(pipe);
    }

    [Fact]
    public void The_null_device_is_written_into_and_stays_a_device()
    {
        var run = CliRun.Of(["assign", "-", "-o", "/dev/null"], GoodInput);

        run.ExitCode.Should().Be(0);
        Shell("test", "-c", "/dev/null").Should().Be(0, "/dev/null is still a character device");
        Directory.GetFiles("/dev", ".*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Dev_stdout_is_standard_output_and_stays_a_link()
    {
        var linkBefore = new FileInfo("/dev/stdout").LinkTarget;

        var run = CliProcess.Run(["assign", "-", "-o", "/dev/stdout"], stdin: GoodInput);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(Targets);
        new FileInfo("/dev/stdout").LinkTarget.Should().Be(linkBefore);
    }

    [Fact]
    public void A_read_only_output_file_is_refused_before_the_input_is_read()
    {
        using var temp = new TempFolder();
        var output = temp.Write("targets.csv", "signed-off targets\n");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = temp.Snapshot();
        var inputRead = false;
        using var error = new StringWriter();

        var exitCode = KpiTargetsCli.Run(["assign", "-", "-o", output], new CliConsole(TextWriter.Null, error, () =>
        {
            inputRead = true;
            return new MemoryStream();
        }));

        exitCode.Should().Be(1);
        error.ToString().Split('\n')[0].Should().Be($"The output file '{output}' is read-only; make it writable or choose another path.");
        inputRead.Should().BeFalse();
        temp.Snapshot().Should().BeEquivalentTo(before);
        File.GetUnixFileMode(output).Should().Be(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    [Fact]
    public void A_replaced_output_file_keeps_its_permissions()
    {
        using var temp = new TempFolder();
        var output = temp.Write("targets.csv", "old\n");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var run = CliRun.Of(["assign", "-", "-o", output], GoodInput);

        run.ExitCode.Should().Be(0);
        File.ReadAllText(output).Should().Be(Targets);
        File.GetUnixFileMode(output).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static int Shell(string command, params string[] args)
    {
        using var process = Process.Start(command, args);
        process.WaitForExit((int)CliProcess.Timeout.TotalMilliseconds).Should().BeTrue();
        return process.ExitCode;
    }
}
