using System.Text;
using CsCheck;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// samples/binh-son-2023-counts: counts → rates → the expected results, and assign straight from counts → the expected
/// targets, which equal rates then assign; byte for byte, through a file, standard output and standard input.
/// </summary>
public sealed class CountsSampleTests
{
    private static readonly string Folder = Path.Combine(Repository.SamplesFolder, "binh-son-2023-counts");
    private static readonly string Counts = Path.Combine(Folder, "counts.csv");
    private static readonly string ExpectedRates = Path.Combine(Folder, "results.expected.csv");
    private static readonly string ExpectedTargets = Path.Combine(Folder, "expected.csv");

    [Fact]
    public void Rates_writes_the_expected_results_byte_for_byte()
    {
        using var temp = new TempFolder();
        var output = temp.File("results.csv");

        var run = CliRun.Of(["rates", Counts, "-o", output]);

        run.Should().BeEquivalentTo(new { ExitCode = 0, Output = "", Error = "" });
        AssertMatchesGolden(ExpectedRates, File.ReadAllBytes(output));
    }

    [Fact]
    public void Assign_from_counts_writes_the_expected_targets_byte_for_byte()
    {
        using var temp = new TempFolder();
        var output = temp.File("targets.csv");

        var run = CliRun.Of(["assign", Counts, "-o", output]);

        run.Should().BeEquivalentTo(new { ExitCode = 0, Output = "", Error = "" });
        AssertMatchesGolden(ExpectedTargets, File.ReadAllBytes(output));
    }

    [Fact]
    public void Rates_then_assign_gives_the_targets_of_assign_from_counts()
    {
        var rates = CliRun.Of(["rates", Counts]);

        var then = CliRun.Of(["assign", "-"], rates.Output);

        then.ExitCode.Should().Be(0, then.Error);
        then.Output.Should().Be(File.ReadAllText(ExpectedTargets, Encoding.UTF8));
    }

    [Theory]
    [InlineData("counts.csv")]
    [InlineData("results.expected.csv")]
    public void Validate_accepts_the_counts_and_the_rates(string file)
    {
        var run = CliRun.Of(["validate", Path.Combine(Folder, file)]);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().EndWith(": valid, 303 rows (6 without a 2023 result).\n");
    }

    [Fact]
    public void Counts_on_standard_input_give_the_same_rates() =>
        CliRun.Of(["rates", "-"], File.ReadAllBytes(Counts)).Output.Should().Be(File.ReadAllText(ExpectedRates, Encoding.UTF8));

    private static readonly string[] Codes = ["1", "2", "3", "4", "5", "6", "7", "8", "9.1", "9.2"];

    // Counts of up to three units on every indicator: a whole pair (the numerator a ninth to nine ninths of the
    // denominator), both cells empty, or a zero denominator.
    private static readonly Gen<string> CountsFiles =
        Gen.Select(Gen.Int[0, 200], Gen.Int[0, 11])
            .Select(pair => pair.Item2 switch
            {
                10 => ",,",
                11 => ",0,0",
                var ninths => $",{pair.Item1 * ninths / 9},{pair.Item1}",
            })
            .Array[1, 30]
            .Select(rows => "unit,indicator,numerator,denominator\n" + string.Concat(rows.Select((counts, i) => $"UBND xã {i / 10},{Codes[i % 10]}{counts}\n")));

    [Fact]
    public void Rates_then_assign_equals_assign_from_counts_for_any_counts() =>
        CountsFiles.Sample(
            file =>
            {
                var direct = CliRun.Of(["assign", "-", "--rate-decimals", "1"], file);
                var rates = CliRun.Of(["rates", "-", "--rate-decimals", "1"], file);
                var then = CliRun.Of(["assign", "-", "--rate-decimals", "1"], rates.Output);
                return direct.ExitCode == 0 && then.ExitCode == 0 && then.Output == direct.Output;
            },
            iter: 100);

    private static void AssertMatchesGolden(string goldenPath, byte[] actual)
    {
        if (Repository.UpdateGoldens)
        {
            File.WriteAllBytes(goldenPath, actual);
        }

        Encoding.UTF8.GetString(actual).Should().Be(Encoding.UTF8.GetString(File.ReadAllBytes(goldenPath)), $"the output should equal {goldenPath}");
    }
}
