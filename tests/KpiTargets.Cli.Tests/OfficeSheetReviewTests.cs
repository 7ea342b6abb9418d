using System.Text;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Text;
using KpiTargets.Files.Tracking;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// Office sheets as a review of issue 13 found them misread: a line above the header, bad values in the last row,
/// footers wider or narrower than the table, a row of column numbers, an encoding error while the header is looked
/// for, section rows in the long layout, and a table whose rows hold no value.
/// </summary>
public sealed class OfficeSheetReviewTests
{
    private const string Wide = "Tên đơn vị,CT1,CT2\nXã A,50,60\n";

    [Fact]
    public void A_line_above_the_header_never_removes_an_indicator_column()
    {
        var run = CliRun.Of(["assign", "-"], "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN,,,,\n,,,,Đơn vị tính: %\nSTT,Tên đơn vị,CT1,CT2,CT3\n1,Xã A,50,60,85\n");

        run.Should().BeEquivalentTo(new { ExitCode = 0, Error = "" });
        run.Output.Should().Be(CliRun.Of(["assign", "-"], "Tên đơn vị,CT1,CT2,CT3\nXã A,50,60,85\n").Output);
    }

    [Theory]
    [InlineData("Tỷ lệ đạt được năm 2023 (%)")]
    [InlineData("Năm 2023")]
    [InlineData("Kết quả 2024")]
    [InlineData("Thực hiện 6 tháng năm 2024 (%)")]
    public void Any_group_title_over_code_columns_leaves_them_their_indicators(string group)
    {
        var run = CliRun.Of(["assign", "-", "--verbose"], $"BẢNG TỔNG HỢP,,,\nSTT,Tên đơn vị,{group},\n,,CT1,CT2\n1,Xã A,50,60\n");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(CliRun.Of(["assign", "-"], Wide).Output);
        run.ErrorLines.Should().Equal("read <stdin>: header lines 2–3, table line 4");
    }

    [Theory]
    [InlineData("Kết quả 2024")]
    [InlineData("Thực hiện 6 tháng năm 2024 (%)")]
    [InlineData("Năm 2024")]
    public void Track_reads_the_actuals_under_a_group_title_by_their_codes(string group)
    {
        var (progress, problems) = Track($"STT,Tên đơn vị,{group},\n,,CT1,CT2\n1,Phòng Tư pháp,52,40\n");

        problems.Kept.Should().BeEmpty();
        progress.Select(p => p.Actual).Should().Equal(52m, 40m);
    }

    [Fact]
    public void Track_reads_a_one_row_title_that_starts_with_an_actual_title_as_its_code() =>
        KpiTargets.Files.Results.ResultsTable.Layout.CodeIn("Kết quả 2024 (%) CT9.1", ActualColumns.Actual).Should().Be("9.1");

    [Theory]
    [InlineData("Đơn vị,CT1,CT2\nXã A,50,60\nXã B,abc,xyz\n", "<stdin>:3: ")]                                 // wide: every value is bad
    [InlineData("Đơn vị,Mã chỉ tiêu,Kết quả 2023\nXã A,1,50\nXã B,10,abc\n", "<stdin>:3: ")]                  // long: a code not in the catalog
    [InlineData("Đơn vị,Mã chỉ tiêu,Kết quả 2023\nXã A,1,50\nXã B,10,\n", "<stdin>:3: ")]                     // long: the code alone
    public void Bad_values_in_the_last_row_are_data_errors_not_a_footer(string input, string problemStart)
    {
        var run = CliRun.Of(["assign", "-"], input);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().StartWith(problemStart);
        run.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ỦY BAN\nĐơn vị,CT1,CT2\nXã A,50,60\n\nNGƯỜI LẬP BIỂU\n")]                                  // one field of three
    [InlineData("Đơn vị,CT1,CT2\nXã A,50,60\n,,,Bình Sơn, ngày 15 tháng 01 năm 2024\n,,,CHỦ TỊCH\n")]          // to the right of the table
    [InlineData("Đơn vị,CT1,CT2\nXã A,50,60\n,CHỦ TỊCH\n")]                                                  // a signature in a code column
    public void A_footer_narrower_or_wider_than_the_table_is_left_out(string input)
    {
        var run = CliRun.Of(["assign", "-", "--verbose"], input);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(CliRun.Of(["assign", "-"], "Đơn vị,CT1,CT2\nXã A,50,60\n").Output);
        run.ErrorLines.Single().Should().Contain("footer line");
    }

    [Theory]
    [InlineData("Đơn vị,CT1,CT2\nXã A,50,60\nNGƯỜI LẬP BIỂU\nXã B,51,61\n", "<stdin>:3: the row has 1 fields but the header has 3")]
    [InlineData("Đơn vị,CT1,CT2\nXã A,50,60,70\nXã B,51,61\n", "<stdin>:2: the row has 4 fields but the header has 3")]
    [InlineData("Đơn vị,CT1,CT2\nXã A,50,60\nXã B,51\n", "<stdin>:3: the row has 2 fields but the header has 3")]
    public void A_row_of_another_width_is_an_error_when_it_is_part_of_the_table(string input, string problemStart)
    {
        var run = CliRun.Of(["assign", "-"], input);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().StartWith(problemStart);
    }

    [Theory]
    [InlineData("STT,Tên đơn vị,CT1,CT2\n1,2,3,4\n1,Xã A,50,60\n", "header lines 1–2, table line 3")]
    [InlineData("STT,Tên đơn vị,CT1,CT2\nA,B,1,2\n1,Xã A,50,60\n", "header lines 1–2, table line 3")]
    [InlineData("STT,Tên đơn vị,Kết quả 2023,\n,,CT1,CT2\n1,2,3,4\n1,Xã A,50,60\n", "header lines 1–3, table line 4")]
    [InlineData("STT,Tên đơn vị,Kết quả 2023,\n,,CT1,CT2\n(1),(2),(3),(4)\n1,Xã A,50,60\n", "header lines 1–3, table line 4")]
    public void A_row_of_column_numbers_under_the_header_is_part_of_it(string input, string lines)
    {
        var run = CliRun.Of(["assign", "-", "--verbose"], input);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(CliRun.Of(["assign", "-"], Wide).Output);
        run.ErrorLines.Should().Equal($"read <stdin>: {lines}");
    }

    [Fact]
    public void An_encoding_error_that_ends_the_reading_before_a_header_is_found_is_reported()
    {
        // "Đơn vị" in windows-1258 below an ASCII title line: not UTF-8.
        byte[] input = [.. "Bieu 01,\n"u8, 0xD0, 0xF5, 0x6E, 0x20, 0x76, 0xF2, .. ",CT1\nXa A,50\n"u8];

        var run = CliRun.Of(["assign", "-"], input);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Contain(line => line.StartsWith("<stdin>:2: the line is not valid UTF-8 text", StringComparison.Ordinal));
    }

    [Fact]
    public void Section_rows_in_the_long_layout_are_left_alone_as_in_the_wide()
    {
        const string Long = "STT,Đơn vị,Mã chỉ tiêu,Kết quả 2023\nI,CÁC PHÒNG BAN,,\n1,Xã A,1,50\nII,CÁC XÃ,,\n2,Xã B,1,60\n,,,\nNGƯỜI LẬP BIỂU,,,\n";

        var run = CliRun.Of(["assign", "-", "--verbose"], Long);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(CliRun.Of(["assign", "-"], "Đơn vị,Mã chỉ tiêu,Kết quả 2023\nXã A,1,50\nXã B,1,60\n").Output);
        run.ErrorLines.Should().Equal("read <stdin>: header line 1, table lines 3–5; footer line 7 left out");
    }

    [Theory]
    [InlineData("Đơn vị,CT1\nXã A,\n")]
    [InlineData("Đơn vị,CT1,CT2\nXã A,,\nXã B,,\n")]
    public void A_table_whose_rows_hold_no_value_has_rows_and_no_result(string input)
    {
        var validate = CliRun.Of(["validate", "-"], input);
        var assign = CliRun.Of(["assign", "-"], input);

        validate.Should().BeEquivalentTo(new { ExitCode = 0, Output = "<stdin>: valid, 0 rows (0 without a 2023 result).\n" });
        assign.ExitCode.Should().Be(0, assign.Error);
    }

    [Fact]
    public void Track_gives_no_data_for_everyone_from_actuals_whose_rows_hold_no_value()
    {
        var (progress, problems) = Track("Tên đơn vị,CT1,CT2\nPhòng Tư pháp,,\n");

        problems.Kept.Should().BeEmpty();
        progress.Select(p => p.Status).Should().AllBeEquivalentTo(ProgressStatus.NoData);
    }

    private static (IReadOnlyList<TargetProgress> Progress, ProblemLog Problems) Track(string actuals)
    {
        var catalog = IndicatorCatalog.BinhSon2024;
        AssignedTarget[] targets =
        [
            new("Phòng Tư pháp", catalog.Find("1"), 45.45m, 50m, RuleClause.B, false),
            new("Phòng Tư pháp", catalog.Find("2"), 39m, 50m, RuleClause.A, false),
        ];
        var problems = new ProblemLog();
        var source = new InputSource("actuals.csv", () => new MemoryStream(Encoding.UTF8.GetBytes(actuals)));
        return (TrackPipeline.Compare(targets, source, InputOptions.Default with { Messages = Messages.English }, catalog, problems, null), problems);
    }
}
