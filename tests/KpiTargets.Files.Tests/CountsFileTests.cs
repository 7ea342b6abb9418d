namespace KpiTargets.Files.Tests;

/// <summary>
/// <see cref="CountsFile"/> reads counts files with the checks of <c>kpi-targets rates</c>; their assignments, written by
/// <see cref="TargetsFile"/> with the counts columns, are what <c>assign</c> writes from counts.
/// </summary>
public sealed class CountsFileTests
{
    private static readonly string Counts = Repository.Sample("binh-son-2023-counts", "counts.csv");

    [Fact]
    public void The_sample_counts_read_with_their_rates()
    {
        var read = CountsFile.Read(Counts);

        read.IsValid.Should().BeTrue();
        read.Results.Should().HaveCount(303);
        read.Results[0].Should().Be(new CountedResult("Văn phòng HĐND và UBND huyện", "1", 43.33m, new RateCounts(208, 480)));
        read.Results.Count(result => result.Result2023 is null).Should().Be(6);
    }

    [Fact]
    public void Their_assignments_written_with_the_counts_columns_are_what_assign_writes_from_counts()
    {
        using var temp = new TempFolder();
        var path = temp.File("targets.csv");

        TargetsFile.Write(path, CountsFile.Read(Counts).Results.Select(result => result.Assign(IndicatorCatalog.BinhSon2024)), TargetsFileOptions.Default with { CountsColumns = true });

        File.ReadAllBytes(path).Should().Equal(File.ReadAllBytes(Repository.Sample("binh-son-2023-counts", "expected.csv")));
    }

    [Fact]
    public void Results_files_read_the_rates_as_results()
    {
        var viaResults = ResultsFile.Read(Counts).Results;

        viaResults.Should().Equal(CountsFile.Read(Counts).Results.Select(result => result.ToUnitResult()));
    }

    [Fact]
    public void A_problem_names_its_line_and_more_decimals_are_kept_when_asked()
    {
        using var temp = new TempFolder();
        var path = temp.Write("counts.csv", "unit,indicator,numerator,denominator\nA,1,2,3\nB,1,5,4\n");

        var read = CountsFile.Read(path, options: ReadOptions.Default with { RateDecimals = 3, VietnameseMessages = true });

        read.Results.Should().ContainSingle().Which.Result2023.Should().Be(66.667m);
        read.Problems.Should().ContainSingle().Which.ToString().Should().Be($"{path}:3: tử số 5 lớn hơn mẫu số 4; tỷ lệ không thể vượt quá 100 %, hãy kiểm tra hai số lượng");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Rate_decimals_out_of_range_are_refused(int decimals)
    {
        var set = () => ReadOptions.Default with { RateDecimals = decimals };

        set.Should().Throw<ArgumentOutOfRangeException>();
    }
}
