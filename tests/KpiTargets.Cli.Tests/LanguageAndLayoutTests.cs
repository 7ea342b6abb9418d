using System.Globalization;

namespace KpiTargets.Cli.Tests;

/// <summary>Culture never leaks in; --lang vi speaks Vietnamese; --output-layout wide writes one row per unit.</summary>
public sealed class LanguageAndLayoutTests
{
    private static readonly string Corpus = Path.Combine(Repository.Root, "tests", "KpiTargets.Cli.Tests", "Corpus");

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    [InlineData("")]
    public void The_same_file_gives_the_same_targets_in_every_culture(string culture)
    {
        var file = Path.Combine(Corpus, "valid", "semicolon-decimal-comma.csv");
        var expected = CliRun.Of(["assign", Path.Combine(Corpus, "canonical.csv")]).Output;
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            CliRun.Of(["assign", file]).Output.Should().Be(expected);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void Lang_vi_writes_vietnamese_titles_flags_and_explanations()
    {
        var run = CliRun.Of(["assign", "-", "--lang", "vi"], "unit,indicator,result_2023\nUBND xã Bình Hải,8,95\n");

        run.Output.Split('\n')[..2].Should().Equal(
            "Đơn vị,Mã chỉ tiêu,Kết quả 2023,Chỉ tiêu Trung ương 2024,Chỉ tiêu 2024,Trường hợp,Tên chỉ tiêu,Giới hạn tối đa,Không có kết quả 2023,Cách tính",
            "UBND xã Bình Hải,8,95,90,100,b,\"Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp.\",có,không,\"b) 95 ≥ chỉ tiêu TW 90: 95 × 1.1 = 104.5, giới hạn ở mức tối đa 100\"");
    }

    [Fact]
    public void Lang_vi_reports_problems_in_vietnamese()
    {
        var run = CliRun.Of(["validate", "-", "--lang", "vi"], "unit,indicator,result_2023\nUBND xã Bình Hải,12,95\n");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal(
            "<stdin>:2: không có mã chỉ tiêu '12'; dùng một trong các mã: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2",
            "lỗi: phát hiện 1 vấn đề.");
    }

    [Fact]
    public void Vietnamese_output_reads_back_as_input()
    {
        var first = CliRun.Of(["assign", Path.Combine(Corpus, "canonical.csv"), "--lang", "vi"]);

        var again = CliRun.Of(["assign", "-"], first.Output);

        again.ExitCode.Should().Be(0, again.Error);
        again.Output.Should().Be(CliRun.Of(["assign", Path.Combine(Corpus, "canonical.csv")]).Output);
    }

    [Fact]
    public void Wide_output_has_one_row_per_unit_and_a_target_column_per_indicator_present()
    {
        var run = CliRun.Of(["assign", Path.Combine(Corpus, "canonical.csv"), "--output-layout", "wide"]);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(
            "unit,target_2024_1,target_2024_2,target_2024_5,target_2024_8,target_2024_9.1,target_2024_9.2\n" +
            "Phòng Tư pháp,49.67,,100,,100,\n" +
            "UBND xã Bình Thuận,,68.75,,90,,80\n");
    }

    [Fact]
    public void A_wide_file_is_read_as_wide_when_forced_and_rejected_as_long()
    {
        var wide = Path.Combine(Corpus, "valid", "wide.csv");

        CliRun.Of(["validate", wide, "--layout", "wide"]).ExitCode.Should().Be(0);
        CliRun.Of(["validate", wide, "--layout", "long"]).ExitCode.Should().Be(2);
    }

    [Fact]
    public void A_forced_delimiter_overrides_detection()
    {
        var file = Path.Combine(Corpus, "valid", "semicolon-decimal-comma.csv");

        CliRun.Of(["validate", file, "--delimiter", "semicolon"]).ExitCode.Should().Be(0);
        CliRun.Of(["validate", file, "--delimiter", "comma"]).ExitCode.Should().Be(2);
    }
}
