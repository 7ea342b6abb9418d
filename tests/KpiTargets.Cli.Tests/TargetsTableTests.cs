using KpiTargets.Files;
using KpiTargets.Files.Csv;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Targets;
using KpiTargets.Files.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>A targets file read back: every layout and language our writer gives, CSV or workbook, and every problem with its line.</summary>
public sealed class TargetsTableTests
{
    private const string Header = "unit,indicator,result_2023,central_target,target_2024,rule\n";

    private static readonly List<Assignment> SampleAssignments = [.. TargetRule.AssignAll(
        ResultsFile.Read(Path.Combine(Repository.SamplesFolder, "binh-son-2023", "results.csv")).Results, IndicatorCatalog.BinhSon2024)];

    public static TheoryData<string, bool, string, bool> WrittenForms()
    {
        var data = new TheoryData<string, bool, string, bool>();
        foreach (var layout in new[] { "long", "canonical" })
        {
            foreach (var vietnamese in new[] { false, true })
            {
                data.Add(layout, vietnamese, "targets.csv", false);
                data.Add(layout, vietnamese, "targets.csv", true);
                data.Add(layout, vietnamese, "targets.xlsx", false);
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(WrittenForms))]
    public void A_targets_file_our_writer_wrote_reads_back_as_the_assignments_it_was_written_from(
        string layout, bool vietnamese, string name, bool excelCsv)
    {
        using var temp = new TempFolder();
        var path = temp.File(name);
        var output = new TargetsOutput(
            path, layout == "long" ? TargetsLayoutKind.Long : TargetsLayoutKind.Canonical, GuardFormulas: true, excelCsv ? CsvDialect.Excel : CsvDialect.Plain, vietnamese ? OutputText.Vietnamese : OutputText.English);
        using (var stream = File.Create(path))
        using (var targets = output.CreateLayout(IndicatorCatalog.BinhSon2024, stream, writeHeader: true))
        {
            SampleAssignments.ForEach(targets.Add);
            targets.Complete();
        }

        var (read, problems) = Read(InputSource.FromFile(path));

        problems.Kept.Should().BeEmpty();
        read.Should().Equal(SampleAssignments.Select(AssignedTarget.From));
    }

    [Fact]
    public void A_name_that_starts_like_a_formula_reads_back_without_the_guard_s_apostrophe()
    {
        var (read, problems) = Read(Source(Header + "'=Phòng Tư pháp,1,40,45,45,a\n"));

        problems.Kept.Should().BeEmpty();
        read.Single().Unit.Should().Be("=Phòng Tư pháp");
    }

    [Theory]
    [InlineData("95,b,100", true)]    // clause b gave the maximum: lowered to it, the file cannot say otherwise
    [InlineData("50,b,55", false)]
    [InlineData("40,a,45", false)]
    [InlineData("100,b,100", true)]
    public void Without_a_capped_column_a_clause_b_target_at_the_maximum_is_taken_as_capped(string resultRuleTarget, bool capped)
    {
        var parts = resultRuleTarget.Split(',');
        var (read, problems) = Read(Source($"{Header}A,1,{parts[0]},45,{parts[2]},{parts[1]}\n"));

        problems.Kept.Should().BeEmpty();
        read.Single().IsCapped.Should().Be(capped);
    }

    [Fact]
    public void A_capped_column_is_taken_as_written_in_either_language()
    {
        var (read, problems) = Read(Source(
            "Đơn vị,Mã chỉ tiêu,Kết quả 2023,Chỉ tiêu Trung ương 2024,Chỉ tiêu 2024,Trường hợp,Giới hạn tối đa\nA,1,95,45,100,b,có\nB,1,95,45,100,b,\n"));

        problems.Kept.Should().BeEmpty();
        read.Select(target => target.IsCapped).Should().Equal(true, true);
    }

    public static TheoryData<string, string, string> Problems => new()
    {
        {
            Header + "A,10,40,45,45,a\n",
            "targets.csv:2: unknown indicator code '10'; use one of: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2",
            "targets.csv:2: không có mã chỉ tiêu '10'; dùng một trong các mã: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2"
        },
        {
            Header + "A,1,40,50,50,a\n",
            "targets.csv:2: the central target 50 of indicator 1 differs from 45 in the catalog 'Bình Sơn 2024 (Nghị quyết 01/NQ-CP, 02/NQ-CP ngày 05/01/2024)'; pass the --catalog the targets were made with",
            "targets.csv:2: chỉ tiêu Trung ương 50 của chỉ tiêu 1 khác với 45 trong danh mục 'Bình Sơn 2024 (Nghị quyết 01/NQ-CP, 02/NQ-CP ngày 05/01/2024)'; hãy dùng --catalog mà tệp chỉ tiêu đã được lập theo"
        },
        {
            Header + "A,1,50,45,45,a\n",
            "targets.csv:2: the target contradicts the rule (the file was edited by hand, or made with another catalog): Clause a needs a result below the central target 45, not 50.",
            "targets.csv:2: dòng chỉ tiêu mâu thuẫn với nguyên tắc giao chỉ tiêu (tệp đã bị sửa tay, hoặc được lập theo danh mục khác): Điểm a chỉ áp dụng cho kết quả nhỏ hơn chỉ tiêu Trung ương 45, không phải 50."
        },
        {
            "unit,indicator,result_2023,central_target,target_2024,rule,capped\nA,8,95,90,99,b,true\n",
            "targets.csv:2: the target contradicts the rule (the file was edited by hand, or made with another catalog): A capped target is the indicator's maximum 100, not 99.",
            "targets.csv:2: dòng chỉ tiêu mâu thuẫn với nguyên tắc giao chỉ tiêu (tệp đã bị sửa tay, hoặc được lập theo danh mục khác): Chỉ tiêu bị giới hạn phải bằng mức tối đa 100 của chỉ tiêu, không phải 99."
        },
        {
            Header + "A,1,40,45,45,a\nA,1,41,45,45,a\n",
            "targets.csv:3: duplicate row: unit 'A' already has a result for indicator 1 at line 2",
            "targets.csv:3: dòng trùng: đơn vị 'A' đã có kết quả chỉ tiêu 1 ở dòng 2"
        },
        {
            Header + "A,1,4O,45,45,a\n",
            "targets.csv:2: the result '4O' is not a number; write a decimal with '.' or ',' as the decimal mark (45.5 or 45,5, optionally with %), without thousands separators; leave it empty or write N/A when there is no 2023 result",
            "targets.csv:2: kết quả '4O' không phải là số; viết số thập phân với dấu '.' hoặc ',' (ví dụ 45.5 hoặc 45,5, có thể kèm %), không dùng dấu phân cách hàng nghìn; để trống hoặc ghi N/A khi không có kết quả 2023"
        },
        {
            Header + "A,1,40,45,abc,a\n",
            "targets.csv:2: the target_2024 'abc' is not a number; write a decimal, for example 45.5",
            "targets.csv:2: giá trị Chỉ tiêu 2024 'abc' không phải là số; viết số thập phân, ví dụ 45.5"
        },
        {
            Header + "A,1,40,,45,a\n",
            "targets.csv:2: the 'central_target' is empty",
            "targets.csv:2: cột 'Chỉ tiêu Trung ương 2024' bị trống"
        },
        {
            Header + "A,1,40,45,45,c\n",
            "targets.csv:2: the rule 'c' is neither a nor b, the clauses of the appendix's rule",
            "targets.csv:2: trường hợp 'c' không phải a hoặc b (các điểm a, b của nguyên tắc giao chỉ tiêu)"
        },
        {
            "unit,indicator,result_2023,central_target,target_2024,rule,capped\nA,1,40,45,45,a,maybe\n",
            "targets.csv:2: the capped 'maybe' is not a yes or no; write true, false, có or không",
            "targets.csv:2: giá trị Giới hạn tối đa 'maybe' không phải có/không; viết có, không, true hoặc false"
        },
        {
            "unit,target_2024_1,target_2024_2\nA,45,50\n",
            "targets.csv:1: this targets file is in the wide layout, which holds neither the 2023 results nor the rules; write the targets with --output-layout long (or canonical) and track against that file; the header has: unit, target_2024_1, target_2024_2",
            "targets.csv:1: tệp chỉ tiêu này ở bố cục ngang, không có kết quả 2023 và trường hợp của từng chỉ tiêu; hãy xuất chỉ tiêu với --output-layout long (hoặc canonical) và theo dõi theo tệp đó; tiêu đề có: unit, target_2024_1, target_2024_2"
        },
        {
            "unit,indicator,result_2023,target_2024,rule\nA,1,40,45,a\n",
            "targets.csv:1: missing the column 'central_target': title it one of: central_target, Chỉ tiêu Trung ương 2024; the header has: unit, indicator, result_2023, target_2024, rule",
            "targets.csv:1: thiếu cột 'Chỉ tiêu Trung ương 2024': đặt tiêu đề cột là một trong: Chỉ tiêu Trung ương 2024, central_target; tiêu đề có: unit, indicator, result_2023, target_2024, rule"
        },
        {
            Header,
            "targets.csv:1: the file has a header row but no data rows",
            "targets.csv:1: tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào"
        },
    };

    [Theory, MemberData(nameof(Problems))]
    public void Each_problem_of_a_targets_file_is_reported_with_its_line_in_english_and_vietnamese(string content, string english, string vietnamese)
    {
        Read(Source(content)).Problems.Kept.Select(p => p.ToString()).Should().Equal(english);
        Read(Source(content), Messages.Vietnamese).Problems.Kept.Select(p => p.ToString()).Should().Equal(vietnamese);
    }

    [Fact]
    public void Every_problem_of_every_row_is_reported_in_one_run()
    {
        var (read, problems) = Read(Source(Header + "A,1,40,45,45,a\nB,10,40,45,45,a\nC,1,40,45,x,z\nA,1,40,45,45,a\nD,2,60,50,66,b\n"));

        problems.Kept.Select(p => p.ToString()).Should().Equal(
            "targets.csv:3: unknown indicator code '10'; use one of: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2",
            "targets.csv:4: the target_2024 'x' is not a number; write a decimal, for example 45.5",
            "targets.csv:4: the rule 'z' is neither a nor b, the clauses of the appendix's rule",
            "targets.csv:5: duplicate row: unit 'A' already has a result for indicator 1 at line 2");
        read.Select(target => target.Unit).Should().Equal("A", "D");
    }

    private static InputSource Source(string content) =>
        new("targets.csv", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)));

    private static (IReadOnlyList<AssignedTarget> Targets, ProblemLog Problems) Read(InputSource source, Messages? messages = null)
    {
        var problems = new ProblemLog();
        var targets = TargetsTable.Read(source, InputOptions.Default with { Messages = messages ?? Messages.English }, IndicatorCatalog.BinhSon2024, problems);
        return (targets, problems);
    }
}
