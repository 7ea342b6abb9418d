using System.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>Each sample in, its expected file out, byte for byte; and the other outputs people and scripts rely on.</summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Repository.SamplesFolder).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, "results.csv")))
            {
                data.Add(Path.GetFileName(folder));
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(Samples))]
    public void Assign_writes_the_expected_file_of_each_sample_byte_for_byte(string sample)
    {
        var folder = Path.Combine(Repository.SamplesFolder, sample);
        using var temp = new TempFolder();
        var output = temp.File("targets.csv");

        var run = CliRun.Of(["assign", Path.Combine(folder, "results.csv"), "-o", output]);

        run.Should().BeEquivalentTo(new { ExitCode = 0, Output = "", Error = "" });
        AssertMatchesGolden(Path.Combine(folder, "expected.csv"), File.ReadAllBytes(output));
    }

    [Theory, MemberData(nameof(Samples))]
    public void Assign_to_standard_output_prints_the_same_bytes(string sample)
    {
        var folder = Path.Combine(Repository.SamplesFolder, sample);

        var run = CliRun.Of(["assign", Path.Combine(folder, "results.csv")]);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(File.ReadAllText(Path.Combine(folder, "expected.csv"), Encoding.UTF8));
    }

    [Theory, MemberData(nameof(Samples))]
    public void Assign_reads_standard_input_when_the_input_is_a_dash(string sample)
    {
        var folder = Path.Combine(Repository.SamplesFolder, sample);

        var run = CliRun.Of(["assign", "-"], File.ReadAllBytes(Path.Combine(folder, "results.csv")));

        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(File.ReadAllText(Path.Combine(folder, "expected.csv"), Encoding.UTF8));
    }

    [Theory, MemberData(nameof(Samples))]
    public void The_canonical_layout_writes_the_first_six_columns_of_the_expected_rows(string sample)
    {
        var folder = Path.Combine(Repository.SamplesFolder, sample);
        var expected = File.ReadAllText(Path.Combine(folder, "expected.csv"), Encoding.UTF8).Split('\n');

        var run = CliRun.Of(["assign", Path.Combine(folder, "results.csv"), "--output-layout", "canonical"]);

        run.ExitCode.Should().Be(0);
        var lines = run.Output.Split('\n');
        lines.Should().HaveSameCount(expected);
        lines[0].Should().Be("unit,indicator,result_2023,central_target,target_2024,rule");
        for (var i = 0; i < lines.Length - 1; i++)
        {
            expected[i].Should().StartWith(lines[i] + ",", "line {0} keeps the long layout's first six fields exactly", i + 1);
        }
    }

    [Theory, MemberData(nameof(Samples))]
    public void Validate_accepts_each_sample(string sample)
    {
        var run = CliRun.Of(["validate", Path.Combine(Repository.SamplesFolder, sample, "results.csv")]);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("valid");
    }

    [Fact]
    public void The_shipped_catalog_file_is_the_built_in_catalog()
    {
        var run = CliRun.Of(["indicators", "--format", "csv"]);

        run.ExitCode.Should().Be(0);
        AssertMatchesGolden(Path.Combine(Repository.SamplesFolder, "catalog", "binh-son-2024.csv"), Encoding.UTF8.GetBytes(run.Output));
    }

    [Fact]
    public void The_shipped_catalog_file_gives_the_same_targets_as_the_built_in_catalog()
    {
        var sample = Path.Combine(Repository.SamplesFolder, "binh-son-2023");

        var run = CliRun.Of(["assign", Path.Combine(sample, "results.csv"), "--catalog", Path.Combine(Repository.SamplesFolder, "catalog", "binh-son-2024.csv")]);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(File.ReadAllText(Path.Combine(sample, "expected.csv"), Encoding.UTF8));
    }

    [Theory]
    [InlineData("help-root.txt", new[] { "--help" })]
    [InlineData("help-assign.txt", new[] { "assign", "--help" })]
    [InlineData("help-validate.txt", new[] { "validate", "--help" })]
    [InlineData("help-rates.txt", new[] { "rates", "--help" })]
    [InlineData("help-report.txt", new[] { "report", "--help" })]
    [InlineData("help-indicators.txt", new[] { "indicators", "--help" })]
    [InlineData("indicators-table.txt", new[] { "indicators" })]
    public void Help_and_tables_have_not_changed(string golden, string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(0);
        // Under the test host the executable is not called kpi-targets; the usage lines name whatever runs them.
        var text = run.Output.Replace(System.CommandLine.RootCommand.ExecutableName, "kpi-targets", StringComparison.Ordinal);
        AssertMatchesGolden(Path.Combine(Repository.GoldensFolder, golden), Encoding.UTF8.GetBytes(text));
    }

    internal static void AssertMatchesGolden(string goldenPath, byte[] actual)
    {
        if (Repository.UpdateGoldens)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllBytes(goldenPath, actual);
        }

        Encoding.UTF8.GetString(actual).Should().Be(Encoding.UTF8.GetString(File.ReadAllBytes(goldenPath)), $"the output should equal {goldenPath}");
        actual.Should().Equal(File.ReadAllBytes(goldenPath));
    }
}
