using KpiTargets.Cli.Jobs;
using KpiTargets.Files.Jobs;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Targets;

namespace KpiTargets.Cli.Tests;

/// <summary>What <c>assign</c> says it read, on the whole path and the sliced one; the sample's README counts them.</summary>
public sealed class AssignCountsTests
{
    // samples/binh-son-2023/README.md: 303 rows; 35 units; indicators 1 to 8, 9.1 and 9.2.
    private static readonly AssignCounts BinhSon = new(Rows: 303, Units: 35, Indicators: 10);

    [Theory]
    [InlineData("binh-son-2023")]
    [InlineData("binh-son-2023-excel")]
    public void A_whole_run_counts_the_rows_units_and_indicators_it_read(string sample)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = AssignJob.Run(Request(Path.Combine(Repository.SamplesFolder, sample, "results.csv")), new CliConsole(output, error, () => Stream.Null), out var counts);

        exitCode.Should().Be(0, error.ToString());
        counts.Should().Be(BinhSon);
    }

    [Fact]
    public void A_sliced_run_counts_the_same_across_its_slices()
    {
        var path = Path.Combine(Repository.SamplesFolder, "binh-son-2023", "results.csv");
        using var destination = new MemoryStream();

        SlicedAssign.TryRun(Request(path), IndicatorCatalog.BinhSon2024, path, destination, out var counts, sliceBytes: 512).Should().BeTrue();

        counts.Should().Be(BinhSon);
    }

    [Fact]
    public void A_failed_run_counts_nothing()
    {
        using var temp = new TempFolder();
        var path = temp.Write("results.csv", "unit,indicator,result_2023\nUBND xã Bình Thuận,1,45.15\nUBND xã Bình Thuận,10,50\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = AssignJob.Run(Request(path), new CliConsole(output, error, () => Stream.Null), out var counts);

        exitCode.Should().Be(2);
        counts.Should().Be(default(AssignCounts));
    }

    private static AssignRequest Request(string path) =>
        new(path, InputOptions.Default, Output: null, TargetsLayoutKind.Long, GuardFormulas: true, CatalogPath: null, AssignmentPolicy.Default);
}
