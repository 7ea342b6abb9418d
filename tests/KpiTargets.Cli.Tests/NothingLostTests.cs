namespace KpiTargets.Cli.Tests;

/// <summary>A failed run creates no file, changes no file, and leaves no temporary file behind.</summary>
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
}
