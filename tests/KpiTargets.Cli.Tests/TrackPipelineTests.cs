using System.Text;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Text;
using KpiTargets.Files.Tracking;

namespace KpiTargets.Cli.Tests;

/// <summary>Actuals set against targets: every shape assign reads, no data never read as 0, every problem with its line.</summary>
public sealed class TrackPipelineTests
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.BinhSon2024;

    // Phòng Tư pháp: indicator 1 at 50 (clause b of 45.45 → 50), 2 at the central 50, 8 capped at 100.
    private static readonly AssignedTarget[] Targets =
    [
        new("Phòng Tư pháp", Catalog.Find("1"), 45.45m, 50m, RuleClause.B, false),
        new("Phòng Tư pháp", Catalog.Find("2"), 39m, 50m, RuleClause.A, false),
        new("UBND xã Bình Hải", Catalog.Find("1"), null, 45m, RuleClause.A, false),
        new("UBND xã Bình Hải", Catalog.Find("8"), 95m, 100m, RuleClause.B, true),
    ];

    [Theory]
    [InlineData("actual")]
    [InlineData("result")]
    [InlineData("result_2024")]
    [InlineData("Kết quả")]
    [InlineData("Kết quả 2024")]
    [InlineData("Thực hiện")]
    [InlineData("Thuc hien (%)")]
    public void The_actual_column_may_carry_any_of_its_titles(string title)
    {
        var (progress, problems) = Compare($"unit,indicator,{title}\nPhòng Tư pháp,1,52\n");

        problems.Kept.Should().BeEmpty();
        progress[0].Actual.Should().Be(52m);
    }

    [Fact]
    public void Assign_does_not_take_an_actual_column_for_its_2023_results()
    {
        var run = CliRun.Of(["validate", "-"], "unit,indicator,actual\nPhòng Tư pháp,1,52\n");

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().StartWith("<stdin>:1: missing the column 'result_2023'");
    }

    [Fact]
    public void Each_target_gets_its_actual_in_the_targets_order_whatever_the_actuals_order()
    {
        var (progress, problems) = Compare("unit,indicator,actual\nUBND xã Bình Hải,8,99\nPhòng Tư pháp,2,50\nUBND xã Bình Hải,1,40\nPhòng Tư pháp,1,52.5\n");

        problems.Kept.Should().BeEmpty();
        progress.Select(p => p.Target).Should().Equal(Targets);
        progress.Select(p => (p.Actual, p.Gap, p.Status)).Should().Equal(
            (52.5m, 2.5m, ProgressStatus.Met), (50m, 0m, ProgressStatus.Met), (40m, -5m, ProgressStatus.Behind), (99m, -1m, ProgressStatus.Behind));
    }

    [Fact]
    public void A_missing_row_an_empty_cell_and_NA_are_no_data_never_0()
    {
        var (progress, problems) = Compare("unit,indicator,actual\nPhòng Tư pháp,1,\nPhòng Tư pháp,2,N/A\nUBND xã Bình Hải,1,0\n");

        problems.Kept.Should().BeEmpty();
        progress.Select(p => p.Status).Should().Equal(ProgressStatus.NoData, ProgressStatus.NoData, ProgressStatus.Behind, ProgressStatus.NoData);
        progress.Select(p => p.Gap).Should().Equal(null, null, -45m, null);
    }

    [Fact]
    public void Wide_actuals_are_read_as_assign_reads_them_an_empty_cell_being_no_data()
    {
        var (progress, problems) = Compare("Đơn vị,CT1,CT2,CT8\nPhòng Tư pháp,50,,\nUBND xã Bình Hải,45,,100\n");

        problems.Kept.Should().BeEmpty();
        progress.Select(p => p.Status).Should().Equal(ProgressStatus.Met, ProgressStatus.NoData, ProgressStatus.Met, ProgressStatus.Met);
    }

    [Fact]
    public void Actuals_given_as_counts_are_their_rates_and_a_zero_denominator_is_no_data()
    {
        var (progress, problems) = Compare("unit,indicator,Tử số,Mẫu số\nPhòng Tư pháp,1,1,2\nPhòng Tư pháp,2,2,3\nUBND xã Bình Hải,1,0,0\nUBND xã Bình Hải,8,800,800\n");

        problems.Kept.Should().BeEmpty();
        progress.Select(p => p.Actual).Should().Equal(50m, 66.67m, null, 100m);
        progress.Select(p => p.Status).Should().Equal(ProgressStatus.Met, ProgressStatus.Met, ProgressStatus.NoData, ProgressStatus.Met);
    }

    [Fact]
    public void Wide_counts_of_an_office_sheet_are_actuals_too()
    {
        var (progress, problems) = Compare(
            "BÁO CÁO 6 THÁNG NĂM 2024,,,,\n"
            + "Đơn vị,CT1,,CT8,\n"
            + ",Tử số,Mẫu số,Tử số,Mẫu số\n"
            + "Phòng Tư pháp,3,4,,\n"
            + "UBND xã Bình Hải,1,2,9,10\n"
            + ",,,,\n"
            + "Người lập biểu,,,,\n");

        problems.Kept.Should().BeEmpty();
        progress.Select(p => (p.Actual, p.Status)).Should().Equal(
            (75m, ProgressStatus.Met), (null, ProgressStatus.NoData), (50m, ProgressStatus.Met), (90m, ProgressStatus.Behind));
    }

    [Fact]
    public void Units_match_as_assign_compares_them_trimmed_in_nfc_whatever_their_case_and_spaces()
    {
        var (progress, problems) = Compare("unit,indicator,actual\n  PHÒNG  TƯ PHÁP ,1,51\nUBND xa\u0303 Bi\u0300nh Ha\u0309i,1,46\n");

        problems.Kept.Should().BeEmpty();
        progress.Select(p => p.Actual).Should().Equal(51m, null, 46m, null);
    }

    [Fact]
    public void An_empty_or_NA_row_for_a_unit_without_a_target_is_no_actual_and_no_problem()
    {
        var (progress, problems) = Compare("unit,indicator,actual\nPhòng Nội vụ,1,N/A\nPhòng Tư pháp,8,\nPhòng Tư pháp,1,52\n");

        problems.Kept.Should().BeEmpty();
        progress.Select(p => p.Actual).Should().Equal(52m, null, null, null);
    }

    public static TheoryData<string, string, string> Problems => new()
    {
        {
            "unit,indicator,actual\nPhòng Nội vụ,1,50\n",
            "actuals.csv:2: unit 'Phòng Nội vụ' has an actual for indicator 1, but the targets give it no target on that indicator; check the unit's name and the indicator code",
            "actuals.csv:2: đơn vị 'Phòng Nội vụ' có số liệu thực hiện chỉ tiêu 1 nhưng tệp chỉ tiêu không giao chỉ tiêu này cho đơn vị; kiểm tra tên đơn vị và mã chỉ tiêu"
        },
        {
            "unit,indicator,actual\nPhòng Tư pháp,8,50\n",
            "actuals.csv:2: unit 'Phòng Tư pháp' has an actual for indicator 8, but the targets give it no target on that indicator; check the unit's name and the indicator code",
            "actuals.csv:2: đơn vị 'Phòng Tư pháp' có số liệu thực hiện chỉ tiêu 8 nhưng tệp chỉ tiêu không giao chỉ tiêu này cho đơn vị; kiểm tra tên đơn vị và mã chỉ tiêu"
        },
        {
            "unit,indicator,actual\nPhòng Tư pháp,1,năm mươi\n",
            "actuals.csv:2: the actual 'năm mươi' is not a number; write a decimal with '.' or ',' as the decimal mark (45.5 or 45,5, optionally with %), without thousands separators; leave it empty or write N/A when the period has no figure",
            "actuals.csv:2: số liệu thực hiện 'năm mươi' không phải là số; viết số thập phân với dấu '.' hoặc ',' (ví dụ 45.5 hoặc 45,5, có thể kèm %), không dùng dấu phân cách hàng nghìn; để trống hoặc ghi N/A khi chưa có số liệu của kỳ"
        },
        {
            "unit,indicator,actual\nPhòng Tư pháp,1,100.5\n",
            "actuals.csv:2: the result 100.5 is outside the bounds of indicator 1 (0 to 100)",
            "actuals.csv:2: kết quả 100.5 nằm ngoài giới hạn của chỉ tiêu 1 (0 đến 100)"
        },
        {
            "unit,indicator,actual\nPhòng Tư pháp,1,50\nphòng tư pháp,1,51\n",
            "actuals.csv:3: duplicate row: unit 'phòng tư pháp' already has a result for indicator 1 at line 2, spelled 'Phòng Tư pháp' there (unit names are compared without regard to letter case and extra spaces)",
            "actuals.csv:3: dòng trùng: đơn vị 'phòng tư pháp' đã có kết quả chỉ tiêu 1 ở dòng 2, viết là 'Phòng Tư pháp' (tên đơn vị được so sánh không phân biệt chữ hoa, chữ thường và khoảng trắng thừa)"
        },
        {
            "unit,indicator\nPhòng Tư pháp,1\n",
            "actuals.csv:1: missing the column 'actual': title it one of: actual, result, result_2024, Kết quả, Kết quả 2024, Thực hiện; the header has: unit, indicator",
            "actuals.csv:1: thiếu cột 'Kết quả': đặt tiêu đề cột là một trong: Kết quả, Kết quả 2024, Thực hiện, actual, result, result_2024; tiêu đề có: unit, indicator"
        },
    };

    [Theory, MemberData(nameof(Problems))]
    public void Each_problem_of_the_actuals_is_reported_with_its_line_in_english_and_vietnamese(string content, string english, string vietnamese)
    {
        Compare(content).Problems.Kept.Select(p => p.ToString()).Should().Equal(english);
        Compare(content, Messages.Vietnamese).Problems.Kept.Select(p => p.ToString()).Should().Equal(vietnamese);
    }

    [Fact]
    public void Every_problem_of_the_actuals_is_reported_in_one_run()
    {
        var (_, problems) = Compare("unit,indicator,actual\nPhòng Tư pháp,1,x\nPhòng Nội vụ,1,50\nPhòng Tư pháp,2,101\nPhòng Tư pháp,2,50\nPhòng Tư pháp,2,50\n");

        problems.Kept.Select(p => p.Line).Should().Equal(2, 3, 4, 6);
    }

    [Fact]
    public void The_checks_warnings_are_handed_on_unless_quiet()
    {
        const string Fractions = "unit,indicator,actual\nPhòng Tư pháp,1,0.5\nUBND xã Bình Hải,1,0.45\n";
        var warnings = new List<string>();
        Compare(Fractions, warnings: warnings);
        var quiet = new List<string>();
        Compare(Fractions, warnings: quiet, quiet: true);

        warnings.Should().ContainSingle().Which.Should().StartWith("actuals.csv: warning: every result of indicator 1 is at most 1");
        quiet.Should().BeEmpty();
    }

    private static (IReadOnlyList<TargetProgress> Progress, ProblemLog Problems) Compare(
        string actuals, Messages? messages = null, List<string>? warnings = null, bool quiet = false)
    {
        var problems = new ProblemLog();
        var source = new InputSource("actuals.csv", () => new MemoryStream(Encoding.UTF8.GetBytes(actuals)));
        var options = InputOptions.Default with { Messages = messages ?? Messages.English, Quiet = quiet };
        return (TrackPipeline.Compare(Targets, source, options, Catalog, problems, warnings), problems);
    }
}
