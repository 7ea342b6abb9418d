namespace KpiTargets.Cli.Tests;

/// <summary>An output that is the input would replace the 2023 results with targets: refused, whatever names the file.</summary>
public sealed class InputOverwrittenTests
{
    private const string Results = "unit,indicator,result_2023\nPhòng Tư pháp,1,45\n";

    [Theory]
    [InlineData("results.csv")]
    [InlineData("./results.csv")]
    [InlineData("link.csv")]
    [InlineData("hard.csv")]
    public void An_output_that_is_the_input_is_a_usage_error_naming_both_and_nothing_is_written(string output)
    {
        using var temp = new TempFolder();
        var input = temp.Write("results.csv", Results);
        File.CreateSymbolicLink(temp.File("link.csv"), input);
        if (!OperatingSystem.IsWindows())
        {
            Process("ln", input, temp.File("hard.csv"));
        }
        else
        {
            File.Copy(input, temp.File("hard.csv"));
        }

        var outputPath = output.StartsWith("./", StringComparison.Ordinal) ? Path.Combine(temp.Path, ".", output[2..]) : temp.File(output);
        var before = temp.Snapshot();

        var run = CliRun.Of(["assign", input, "-o", outputPath]);

        if (OperatingSystem.IsWindows() && output == "hard.csv")
        {
            return; // a copy there, not a hard link
        }

        run.ExitCode.Should().Be(1);
        run.ErrorLines[0].Should().Be($"The output '{outputPath}' is the input '{input}': the targets would replace the 2023 results. Give the targets another file name.");
        temp.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public void A_different_file_of_the_same_content_is_written()
    {
        using var temp = new TempFolder();
        var input = temp.Write("results.csv", Results);
        var other = temp.Write("copy.csv", Results);

        CliRun.Of(["assign", input, "-o", other]).ExitCode.Should().Be(0);
    }

    [Fact]
    public void An_xls_output_is_a_usage_error_that_says_which_formats_are_written()
    {
        using var temp = new TempFolder();
        var input = temp.Write("results.csv", Results);

        var run = CliRun.Of(["assign", input, "-o", temp.File("targets.xls")]);

        run.ExitCode.Should().Be(1);
        run.ErrorLines[0].Should().Be($"The output '{temp.File("targets.xls")}' names an Excel 97-2003 workbook (.xls), which this tool does not write: end it in .xlsx for a workbook, or .csv for CSV.");
        File.Exists(temp.File("targets.xls")).Should().BeFalse();
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_named_as_the_user_gave_it_never_by_its_temporary_file()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc takes no new files on Linux only
        }

        using var temp = new TempFolder();
        var input = temp.Write("results.csv", Results);

        var run = CliRun.Of(["assign", input, "-o", "/proc/targets.csv"]);

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().Equal("error: could not write the output '/proc/targets.csv': the folder '/proc' does not take new files");
    }

    private static void Process(string command, params string[] arguments)
    {
        using var process = System.Diagnostics.Process.Start(command, arguments);
        process.WaitForExit(30_000).Should().BeTrue();
        process.ExitCode.Should().Be(0);
    }
}
