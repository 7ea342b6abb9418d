using System.Diagnostics;

namespace KpiTargets.Cli.Tests;

/// <summary>A failed run creates no file, changes no file, and leaves no temporary file behind, whatever the output path is.</summary>
public sealed class NothingLostTests
{
    private const string BadInput = "unit,indicator,result_2023\nA,1,40\nB,1,abc\n";
    private const string GoodInput = "unit,indicator,result_2023\nA,1,40\nB,1,62.5\n";

    [Fact]
    public void A_failed_run_leaves_an_existing_output_file_exactly_as_it_was()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", BadInput);
        var output = temp.Write("targets.csv", "precious, hand-edited targets\n");
        var writtenAt = File.GetLastWriteTimeUtc(output);
        var before = temp.Snapshot();

        var run = CliRun.Of(["assign", input, "-o", output]);

        run.ExitCode.Should().Be(2);
        temp.Snapshot().Should().BeEquivalentTo(before);
        File.GetLastWriteTimeUtc(output).Should().Be(writtenAt);
    }

    [Fact]
    public void A_failed_run_creates_no_output_file()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", BadInput);

        var run = CliRun.Of(["assign", input, "-o", temp.File("targets.csv")]);

        run.ExitCode.Should().Be(2);
        Directory.GetFiles(temp.Path).Select(Path.GetFileName).Should().Equal("input.csv");
    }

    [Fact]
    public void A_bad_catalog_writes_nothing_either()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", GoodInput);
        var catalog = temp.Write("catalog.csv", "code,name_vi,central_target\n1,X,abc\n");

        var run = CliRun.Of(["assign", input, "--catalog", catalog, "-o", temp.File("targets.csv")]);

        run.ExitCode.Should().Be(2);
        File.Exists(temp.File("targets.csv")).Should().BeFalse();
    }

    [Fact]
    public void A_successful_run_replaces_the_output_file_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", GoodInput);
        var output = temp.Write("targets.csv", "old\n");

        var run = CliRun.Of(["assign", input, "-o", output]);

        run.ExitCode.Should().Be(0);
        File.ReadAllText(output).Should().StartWith("unit,indicator,result_2023,central_target,target_2024,rule,");
        Directory.GetFiles(temp.Path).Select(Path.GetFileName).Should().BeEquivalentTo(["input.csv", "targets.csv"]);
    }

    [Fact]
    public void A_failed_run_through_a_symbolic_link_leaves_the_link_and_its_target_as_they_were()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", BadInput);
        temp.Write("targets.csv", "precious, hand-edited targets\n");
        File.CreateSymbolicLink(temp.File("latest.csv"), "targets.csv");
        var before = temp.Snapshot();

        var run = CliRun.Of(["assign", input, "-o", temp.File("latest.csv")]);

        run.ExitCode.Should().Be(2);
        temp.Snapshot().Should().BeEquivalentTo(before);
        new FileInfo(temp.File("latest.csv")).LinkTarget.Should().Be("targets.csv");
    }

    [Fact]
    public async Task A_failed_run_into_a_named_pipe_never_writes_to_it()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", BadInput);
        var pipe = temp.File("targets.fifo");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
        }

        var reader = Task.Run(() => File.ReadAllText(pipe));

        var run = CliRun.Of(["assign", input, "-o", pipe]);

        // Opening for reading and writing never blocks; it lets a waiting reader in, and closing it gives the reader
        // its end. Repeated, because the reader may not have reached its own open yet.
        CliProcess.WaitUntil(
            () =>
            {
                File.Open(pipe, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite).Dispose();
                return reader.IsCompleted;
            },
            "the reader reaches the end of the pipe");

        run.ExitCode.Should().Be(2);
        (await reader.WaitAsync(CliProcess.Timeout)).Should().BeEmpty();
        Directory.GetFileSystemEntries(temp.Path).Should().BeEquivalentTo([input, pipe]);
    }

    [Fact]
    public void A_failed_run_with_a_long_output_name_creates_nothing()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", BadInput);

        var run = CliRun.Of(["assign", input, "-o", temp.File(new string('t', 240) + ".csv")]);

        run.ExitCode.Should().Be(2);
        Directory.GetFiles(temp.Path).Should().Equal(input);
    }

    [Fact]
    public void A_failed_run_to_standard_output_named_by_a_dash_prints_nothing()
    {
        var run = CliRun.Of(["assign", "-", "-o", "-"], BadInput);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        File.Exists(Path.GetFullPath("-")).Should().BeFalse();
    }

    [Fact]
    public void A_failed_run_stopped_by_a_data_error_with_standard_error_closed_writes_nothing_anywhere()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", BadInput);
        temp.Write("targets.csv", "precious, hand-edited targets\n");
        File.CreateSymbolicLink(temp.File("latest.csv"), "targets.csv");
        var before = temp.Snapshot();

        var run = CliProcess.Run(["assign", input, "-o", temp.File("latest.csv")], "2>&-");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        temp.Snapshot().Should().BeEquivalentTo(before);
    }
}
