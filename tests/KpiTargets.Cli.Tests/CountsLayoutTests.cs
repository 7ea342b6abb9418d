using System.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// Counts files in every shape assign reads: long and wide, Vietnamese titles, other separators and encodings,
/// workbooks; each gives the rates and targets of the one long CSV.
/// </summary>
public sealed class CountsLayoutTests
{
    private const string Long = "unit,indicator,numerator,denominator\nUBND xã Bình Hải,1,1,800\nUBND xã Bình Hải,2,2,3\nPhòng Tư pháp,1,12,40\nPhòng Tư pháp,2,0,0\nPhòng Tư pháp,3,,\n";

    private const string Rates = "unit,indicator,result_2023,numerator,denominator\nUBND xã Bình Hải,1,0.13,1,800\nUBND xã Bình Hải,2,66.67,2,3\nPhòng Tư pháp,1,30,12,40\nPhòng Tư pháp,2,,0,0\nPhòng Tư pháp,3,,,\n";

    public static TheoryData<string, string, string[]> Shapes => new()
    {
        { "vietnamese.csv", "Đơn vị;Mã chỉ tiêu;Tử số;Mẫu số\nUBND xã Bình Hải;1;1;800\nUBND xã Bình Hải;2;2;3\nPhòng Tư pháp;1;12;40\nPhòng Tư pháp;2;0;0\nPhòng Tư pháp;3;;\n", [] },
        { "lower.csv", "Don vi,Ma chi tieu,tử số,mẫu số\nUBND xã Bình Hải,1,1,800\nUBND xã Bình Hải,2,2,3\nPhòng Tư pháp,1,12,40\nPhòng Tư pháp,2,0,0\nPhòng Tư pháp,3,,\n", [] },
        // Wide: a pair of columns per indicator; empty cells throughout mean the indicator does not apply, N/A no result.
        { "wide.csv", "Đơn vị,CT1 tử số,CT1 mẫu số,CT2 tử số,CT2 mẫu số,CT3 tử số,CT3 mẫu số\nUBND xã Bình Hải,1,800,2,3,,\nPhòng Tư pháp,12,40,0,0,N/A,N/A\n", [] },
        { "wide-english.csv", "unit,1_numerator,1_denominator,2_numerator,2_denominator,3_numerator,3_denominator\nUBND xã Bình Hải,1,800,2,3,,\nPhòng Tư pháp,12,40,0,0,-,-\n", ["--layout", "wide"] },
        { "tabs.tsv", "unit\tindicator\tnumerator\tdenominator\nUBND xã Bình Hải\t1\t1\t800\nUBND xã Bình Hải\t2\t2\t3\nPhòng Tư pháp\t1\t12\t40\nPhòng Tư pháp\t2\t0\t0\nPhòng Tư pháp\t3\t\t\n", [] },
    };

    [Theory, MemberData(nameof(Shapes))]
    public void Each_shape_gives_the_rates_of_the_long_csv(string name, string content, string[] options)
    {
        using var temp = new TempFolder();
        var input = temp.Write(name, content);

        var run = CliRun.Of(["rates", input, .. options]);

        run.Should().BeEquivalentTo(new { ExitCode = 0, Error = "" });
        // The wide layout gives its rows unit by unit, in column order: the same rows here.
        run.Output.Should().Be(Rates);
    }

    [Fact]
    public void Windows_1258_counts_read_with_the_encoding_option()
    {
        using var temp = new TempFolder();
        var input = temp.File("counts.csv");
        File.WriteAllBytes(input, CodePages().GetBytes(Windows1258Form(Long)));

        var run = CliRun.Of(["rates", input, "--encoding", "windows-1258"]);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(Rates);
    }

    [Fact]
    public void A_workbook_of_rates_reads_back_as_the_rates_and_gives_the_same_targets()
    {
        using var temp = new TempFolder();
        var counts = temp.Write("counts.csv", Long);
        var workbook = temp.File("rates.xlsx");

        CliRun.Of(["rates", counts, "-o", workbook]).ExitCode.Should().Be(0);

        CliRun.Of(["rates", workbook]).Output.Should().Be(Rates);
        CliRun.Of(["assign", workbook]).Output.Should().Be(CliRun.Of(["assign", counts]).Output);
    }

    [Fact]
    public void Rate_decimals_change_the_rounding_of_rates_and_what_assign_decides_from()
    {
        using var temp = new TempFolder();
        var input = temp.Write("counts.csv", "unit,indicator,numerator,denominator\nA,2,2,3\n");

        CliRun.Of(["rates", input, "--rate-decimals", "0"]).Output.Should().EndWith("\nA,2,67,2,3\n");
        CliRun.Of(["rates", input, "--rate-decimals", "4"]).Output.Should().EndWith("\nA,2,66.6667,2,3\n");
        CliRun.Of(["assign", input, "--rate-decimals", "4"]).Output.Should().Contain("b) 2/3 ≈ 66.6667 ≥ central 50: 66.6667 × 1.1 = 73.33337, rounded to 2 decimals = 73.33");
    }

    [Fact]
    public void A_rates_file_made_with_other_decimals_is_refused_unless_assign_is_told_them()
    {
        using var temp = new TempFolder();
        var rates = temp.Write("rates.csv", CliRun.Of(["rates", temp.Write("counts.csv", "unit,indicator,numerator,denominator\nA,2,2,3\n"), "--rate-decimals", "3"]).Output);

        CliRun.Of(["assign", rates]).ExitCode.Should().Be(2);
        CliRun.Of(["assign", rates, "--rate-decimals", "3"]).ExitCode.Should().Be(0);
    }

    [Theory]
    [InlineData("--rate-decimals", "11")]
    [InlineData("--rate-decimals", "-1")]
    public void Rate_decimals_out_of_range_are_a_usage_error(string option, string value)
    {
        using var temp = new TempFolder();
        var input = temp.Write("counts.csv", Long);

        var run = CliRun.Of(["rates", input, option, value]);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("--rate-decimals must be from 0 to 10.");
    }

    [Fact]
    public void Rates_writes_vietnamese_titles_that_read_back()
    {
        using var temp = new TempFolder();
        var counts = temp.Write("counts.csv", Long);

        var run = CliRun.Of(["rates", counts, "--lang", "vi"]);

        run.Output.Should().StartWith("Đơn vị,Mã chỉ tiêu,Kết quả 2023,Tử số,Mẫu số\n");
        CliRun.Of(["rates", temp.Write("vi.csv", run.Output)]).Output.Should().Be(Rates);
    }

    [Fact]
    public void The_wide_targets_of_counts_are_the_targets_alone_and_the_canonical_layout_has_no_counts()
    {
        using var temp = new TempFolder();
        var counts = temp.Write("counts.csv", Long);

        CliRun.Of(["assign", counts, "--output-layout", "wide"]).Output.Should().Be(
            "unit,target_2024_1,target_2024_2,target_2024_3\nUBND xã Bình Hải,45,73.34,\nPhòng Tư pháp,45,50,80\n");
        CliRun.Of(["assign", counts, "--output-layout", "canonical"]).Output.Split('\n')[0].Should().Be("unit,indicator,result_2023,central_target,target_2024,rule");
    }

    [Fact]
    public void A_results_file_without_counts_keeps_its_columns()
    {
        using var temp = new TempFolder();
        var results = temp.Write("results.csv", "unit,indicator,result_2023\nA,1,45\n");

        CliRun.Of(["assign", results]).Output.Split('\n')[0].Should().EndWith(",explanation");
    }

    [Fact]
    public void Rows_of_a_results_file_may_carry_counts_or_not()
    {
        using var temp = new TempFolder();
        var mixed = temp.Write("mixed.csv", "unit,indicator,result_2023,numerator,denominator\nA,1,45,,\nA,2,30,12,40\n");

        var run = CliRun.Of(["assign", mixed]);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Split('\n')[1].Should().EndWith(",b) 45 ≥ central 45: 45 × 1.1 = 49.5,,");
        run.Output.Split('\n')[2].Should().EndWith(",a) 12/40 = 30 < central 50: the central target 50,12,40");
    }

    // Windows-1258 keeps the letters with a circumflex, breve or horn whole and writes tone marks as combining marks.
    private static string Windows1258Form(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Normalize(NormalizationForm.FormD), "[A-Za-z][\u0302\u0306\u031B]", letter => letter.Value.Normalize(NormalizationForm.FormC));

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258);
    }
}
