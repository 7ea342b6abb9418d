using System.Globalization;

namespace KpiTargets.Cli.Tests;

/// <summary>The policy options change the targets as documented, and numbers are read the same in every culture.</summary>
public sealed class OptionTests
{
    private const string Input = "unit,indicator,result_2023\nA,1,45.15\nB,8,95\nC,2,\n";

    [Theory]
    [InlineData(new string[0], "49.67", "100")]                                       // defaults: × 1.1, 2 decimals, away from zero, capped
    [InlineData(new[] { "--uplift-mode", "points" }, "55.15", "100")]               // 45.15 + 10; 95 + 10 capped
    [InlineData(new[] { "--rounding", "to-even" }, "49.66", "100")]                 // 49.665 to even
    [InlineData(new[] { "--decimals", "0" }, "50", "100")]                          // 49.665 → 50
    [InlineData(new[] { "--no-cap" }, "49.67", "104.5")]                            // 95 × 1.1 kept above 100
    [InlineData(new[] { "--uplift", "20" }, "54.18", "100")]                        // 45.15 × 1.2
    [InlineData(new[] { "--uplift", "0" }, "45.15", "95")]                          // no uplift: the result itself
    public void Policy_options_change_clause_b_targets(string[] options, string payments, string satisfaction)
    {
        var run = CliRun.Of(["assign", "-", .. options], Input);

        run.ExitCode.Should().Be(0, run.Error);
        var targets = TargetColumn(run.Output);
        targets.Should().Equal(payments, satisfaction, "50");
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    public void Option_numbers_are_read_in_invariant_culture_whatever_the_current_culture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

            var run = CliRun.Of(["assign", "-", "--uplift", "10.5"], Input);

            run.ExitCode.Should().Be(0, run.Error);
            TargetColumn(run.Output)[0].Should().Be("49.89"); // 45.15 × 1.105 = 49.89075
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("--uplift", "10,5", "--uplift must be a number from 0 to 1000 with '.' as the decimal mark (for example 10.5), not '10,5'.")]
    [InlineData("--uplift", "-1", "--uplift must be a number from 0 to 1000 with '.' as the decimal mark (for example 10.5), not '-1'.")]
    [InlineData("--decimals", "11", "--decimals must be from 0 to 10.")]
    public void Bad_option_values_are_usage_errors_with_exit_code_1(string option, string value, string message)
    {
        var run = CliRun.Of(["assign", "-", option, value], Input);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().Equal(message, "Run 'kpi-targets assign --help' for usage.");
    }

    [Fact]
    public void An_unknown_uplift_mode_is_a_usage_error()
    {
        var run = CliRun.Of(["assign", "-", "--uplift-mode", "percent"], Input);

        run.ExitCode.Should().Be(1);
        run.ErrorLines[^1].Should().Be("Run 'kpi-targets assign --help' for usage.");
    }

    [Theory]
    [InlineData(new[] { "assign", "-", "--decimal", "1" }, "Did you mean '--decimals' instead of '--decimal'?")]
    [InlineData(new[] { "assign", "-", "--uplfit", "5" }, "Did you mean '--uplift' instead of '--uplfit'?")]
    [InlineData(new[] { "indicators", "--formt", "csv" }, "Did you mean '--format' instead of '--formt'?")]
    [InlineData(new[] { "assign", "-", "--format", "csv" }, null)]
    public void A_mistyped_option_is_answered_with_the_closest_option_of_its_command_or_nothing(string[] args, string? suggestion)
    {
        var run = CliRun.Of(args, Input);

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().NotContain(line => line.StartsWith('-'), "a value is never answered with an option");
        run.ErrorLines.Where(line => line.StartsWith("Did you mean", StringComparison.Ordinal)).Should().Equal(suggestion is null ? [] : [suggestion]);
        run.ErrorLines[^1].Should().StartWith("Run 'kpi-targets ");
    }

    [Fact]
    public void A_missing_input_file_is_a_usage_error_with_a_hint()
    {
        var run = CliRun.Of(["assign", "no-such-file.csv"]);

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().Equal(
            $"The input file 'no-such-file.csv' does not exist. Check the path (relative to {Environment.CurrentDirectory}).",
            "Run 'kpi-targets assign --help' for usage.");
    }

    [Fact]
    public void A_folder_given_as_input_is_a_usage_error()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of(["validate", temp.Path]);

        run.ExitCode.Should().Be(1);
        run.ErrorLines[0].Should().Be($"The input file '{temp.Path}' is a folder; give the path of a CSV file.");
    }

    [Fact]
    public void An_output_folder_that_does_not_exist_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "missing", "targets.csv");

        var run = CliRun.Of(["assign", "-", "-o", output], Input);

        run.ExitCode.Should().Be(1);
        run.ErrorLines[0].Should().Be($"The output folder '{Path.GetDirectoryName(output)}' does not exist; create it first or choose another path.");
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        var run = CliRun.Of(["--version"]);

        run.ExitCode.Should().Be(0);
        run.Output.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+$");
    }

    private static string[] TargetColumn(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[4])];
}
