namespace KpiTargets.Cli.Tests;

/// <summary>The temporary file beside the output: hidden, and short whatever the output's name.</summary>
public sealed class TemporaryFileTests
{
    private const string GoodInput = "unit,indicator,result_2023\nA,1,40\nB,1,62.5\n";

    [Fact]
    public void An_output_name_of_244_characters_works_because_its_temporary_name_is_short()
    {
        using var temp = new TempFolder();
        var output = temp.File(new string('t', 240) + ".csv");

        var run = CliRun.Of(["assign", "-", "-o", output], GoodInput);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        File.ReadAllText(output).Should().Be(CliRun.Of(["assign", "-"], GoodInput).Output);
        Directory.GetFiles(temp.Path).Should().Equal(output);
    }

    [Fact]
    public void The_temporary_file_is_hidden_beside_the_output_with_a_short_name()
    {
        using var temp = new TempFolder();
        var output = temp.File(new string('t', 240) + ".csv");
        using var run = CliProcess.Start(["assign", "-", "-o", output]);
        run.Input.Write(GoodInput);
        run.Input.Flush();

        CliProcess.WaitUntil(() => Directory.GetFiles(temp.Path).Length > 0, "the temporary file appears");
        var temporary = Path.GetFileName(Directory.GetFiles(temp.Path).Single());
        run.Input.Close();

        temporary.Should().MatchRegex(@"^\.kpi-targets-[0-9a-f]{16}\.tmp$");
        run.WaitForExit().ExitCode.Should().Be(0);
        Directory.GetFiles(temp.Path).Should().Equal(output);
    }
}
