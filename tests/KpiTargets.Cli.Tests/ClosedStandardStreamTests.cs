namespace KpiTargets.Cli.Tests;

/// <summary>
/// Standard output or standard error closed by the shell (<c>&gt;&amp;-</c>, <c>2&gt;&amp;-</c>): the real CLI reports what it
/// can where it can, its exit code says what happened, and no text ends up where it does not belong.
/// </summary>
public sealed class ClosedStandardStreamTests
{
    private const string GoodInput = "unit,indicator,result_2023\nA,1,40\nB,1,62.5\n";
    private const string BadInput = "unit,indicator,result_2023\nA,1,40\nB,1,abc\n";

    [Fact]
    public void Targets_for_a_closed_standard_output_are_an_io_error_with_a_message_and_no_stack_trace()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", GoodInput);

        var run = CliProcess.Run(["assign", input], ">&-");

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().Equal("error: standard output is closed, so nothing could be written to it; give assign an output file with -o FILE");
    }

    [Fact]
    public void A_closed_standard_output_does_not_matter_when_the_targets_go_to_a_file()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", GoodInput);

        var run = CliProcess.Run(["assign", input, "-o", temp.File("targets.csv")], ">&-");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        File.ReadAllText(temp.File("targets.csv")).Should().StartWith("unit,indicator,result_2023,central_target,target_2024,rule,");
    }

    [Fact]
    public void Problems_with_standard_error_closed_go_nowhere_and_the_exit_code_stays_a_data_error()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", BadInput);
        var before = temp.Snapshot();

        var toFile = CliProcess.Run(["assign", input, "-o", temp.File("targets.csv")], "2>&-");
        var toStandardOutput = CliProcess.Run(["assign", input], "2>&-");

        toFile.ExitCode.Should().Be(2);
        toFile.Output.Should().BeEmpty();
        temp.Snapshot().Should().BeEquivalentTo(before, "no output file and no temporary file, with the problems in neither");
        toStandardOutput.ExitCode.Should().Be(2);
        toStandardOutput.Output.Should().BeEmpty();
    }

    [Fact]
    public void With_standard_error_closed_the_targets_are_exactly_the_targets()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", GoodInput);
        var expected = CliRun.Of(["assign", input]).Output;

        var toStandardOutput = CliProcess.Run(["assign", input], "2>&-");
        var toFile = CliProcess.Run(["assign", input, "-o", temp.File("targets.csv")], "2>&-");

        toStandardOutput.ExitCode.Should().Be(0);
        toStandardOutput.Output.Should().Be(expected);
        toFile.ExitCode.Should().Be(0);
        File.ReadAllText(temp.File("targets.csv")).Should().Be(expected);
    }

    [Fact]
    public void A_usage_error_with_both_outputs_closed_still_exits_1()
    {
        var run = CliProcess.Run(["assign", "missing.csv", "--no-such-option"], ">&- 2>&-");

        run.ExitCode.Should().Be(1);
    }
}
