using System.Text;
using KpiTargets.Files.Formats;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;

namespace KpiTargets.Cli.Tests;

/// <summary><c>kpi-targets track</c> end to end: the sample's goldens, every layout and language, workbooks, and nothing written on error.</summary>
public sealed class TrackCommandTests
{
    private static readonly string Sample = Path.Combine(Repository.SamplesFolder, "binh-son-2024-h1");

    private static readonly string Targets = Path.Combine(Repository.SamplesFolder, "binh-son-2023", "expected.csv");

    private static readonly string Actuals = Path.Combine(Sample, "actuals.csv");

    // The sample's run as .ci/run makes it: the arguments of track.args, relative to the repository's root.
    private static string[] SampleArguments => [.. File.ReadAllLines(Path.Combine(Sample, "track.args"))
        .Select(argument => File.Exists(Path.Combine(Repository.Root, argument)) ? Path.Combine(Repository.Root, argument) : argument)];

    [Fact]
    public void Track_writes_the_sample_s_expected_progress_and_summary_byte_for_byte()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of(["track", .. SampleArguments, "-o", temp.File("track.csv"), "--summary", temp.File("summary.csv")]);

        run.Should().BeEquivalentTo(new { ExitCode = 0, Output = "", Error = "" });
        GoldenTests.AssertMatchesGolden(Path.Combine(Sample, "expected-track.csv"), File.ReadAllBytes(temp.File("track.csv")));
        GoldenTests.AssertMatchesGolden(Path.Combine(Sample, "expected-summary.csv"), File.ReadAllBytes(temp.File("summary.csv")));
    }

    [Fact]
    public void Track_to_standard_output_prints_the_same_bytes_and_reads_either_input_from_standard_input()
    {
        var expected = File.ReadAllText(Path.Combine(Sample, "expected-track.csv"), Encoding.UTF8);

        var fromFiles = CliRun.Of(["track", .. SampleArguments]);
        var targetsPiped = CliRun.Of(["track", "-", Actuals, "--period", "6 tháng 2024"], File.ReadAllBytes(Targets));
        var actualsPiped = CliRun.Of(["track", Targets, "-", "--period", "6 tháng 2024"], File.ReadAllBytes(Actuals));

        fromFiles.Output.Should().Be(expected);
        targetsPiped.Output.Should().Be(expected);
        actualsPiped.Output.Should().Be(expected);
    }

    [Theory]
    [InlineData("track-wide.csv", new[] { "--output-layout", "wide" })]
    [InlineData("track-vi.csv", new[] { "--lang", "vi" })]
    [InlineData("track-wide-vi.csv", new[] { "--output-layout", "wide", "--lang", "vi" })]
    public void Other_layouts_and_languages_have_not_changed(string golden, string[] options)
    {
        var run = CliRun.Of(["track", .. SampleArguments, .. options]);

        run.ExitCode.Should().Be(0);
        GoldenTests.AssertMatchesGolden(Path.Combine(Repository.GoldensFolder, golden), Encoding.UTF8.GetBytes(run.Output));
    }

    [Fact]
    public void The_vietnamese_summary_has_not_changed()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of(["track", .. SampleArguments, "--lang", "vi", "-o", temp.File("track.csv"), "--summary", temp.File("summary.csv")]);

        run.ExitCode.Should().Be(0);
        GoldenTests.AssertMatchesGolden(Path.Combine(Repository.GoldensFolder, "track-summary-vi.csv"), File.ReadAllBytes(temp.File("summary.csv")));
    }

    [Fact]
    public void A_workbook_output_holds_the_progress_the_summary_and_the_ranking_as_three_sheets()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of(["track", .. SampleArguments, "-o", temp.File("track.xlsx")]);

        run.ExitCode.Should().Be(0);
        var (summary, ranking) = SummaryTables(File.ReadAllLines(Path.Combine(Sample, "expected-summary.csv")));
        Sheet(temp.File("track.xlsx"), "track").Should().Equal(Rows(File.ReadAllText(Path.Combine(Sample, "expected-track.csv"))));
        Sheet(temp.File("track.xlsx"), "summary").Should().Equal(summary);
        Sheet(temp.File("track.xlsx"), "ranking").Should().Equal(ranking);
    }

    [Fact]
    public void A_workbook_summary_holds_the_summary_and_the_ranking_as_two_sheets()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of(["track", .. SampleArguments, "-o", temp.File("track.csv"), "--summary", temp.File("summary.xlsx")]);

        run.ExitCode.Should().Be(0);
        var (summary, ranking) = SummaryTables(File.ReadAllLines(Path.Combine(Sample, "expected-summary.csv")));
        Sheet(temp.File("summary.xlsx"), "summary").Should().Equal(summary);
        Sheet(temp.File("summary.xlsx"), "ranking").Should().Equal(ranking);
    }

    [Fact]
    public void A_target_without_an_actual_has_an_empty_actual_and_gap_and_the_status_no_data()
    {
        using var temp = new TempFolder();
        var targets = temp.Write("targets.csv", "unit,indicator,result_2023,central_target,target_2024,rule\nA,1,40,45,45,a\nA,2,60,50,66,b\nB,1,,45,45,a\n");
        var actuals = temp.Write("actuals.csv", "unit,indicator,actual\nA,1,N/A\nA,2,66\n");

        var run = CliRun.Of(["track", targets, actuals]);

        run.Output.Should().Be(
            "unit,indicator,target_2024,actual,gap,status,indicator_name,period\n"
            + "A,1,45,,,no_data,Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công.,\n"
            + "A,2,66,66,0,met,\"Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC.\",\n"
            + "B,1,45,,,no_data,Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công.,\n");
    }

    [Fact]
    public void Targets_assign_wrote_without_the_cap_are_tracked_and_reported_too()
    {
        using var temp = new TempFolder();
        var results = temp.Write("results.csv", "unit,indicator,result_2023\nA,1,95\n");
        var targets = temp.File("targets.csv");
        CliRun.Of(["assign", results, "--no-cap", "-o", targets]).ExitCode.Should().Be(0);
        var actuals = temp.Write("actuals.csv", "unit,indicator,actual\nA,1,100\n");

        var track = CliRun.Of(["track", targets, actuals]);
        var report = CliRun.Of(["report", targets, actuals, "-o", temp.File("report.html")]);

        track.ExitCode.Should().Be(0, track.Error);
        track.Output.Should().Contain("A,1,104.5,100,-4.5,behind,");
        report.ExitCode.Should().Be(0, report.Error);
    }

    [Fact]
    public void A_period_that_starts_like_a_formula_is_guarded_as_assign_guards_text()
    {
        var run = CliRun.Of(["track", Targets, Actuals, "--period=-Q1"]);

        run.Output.Split('\n')[1].Should().EndWith(",\"'-Q1\"");
    }

    [Fact]
    public void Problems_in_the_actuals_are_all_printed_with_their_lines_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var actuals = temp.Write("actuals.csv", "unit,indicator,actual\nPhòng Tư pháp,1,x\nPhòng Ma,1,50\nPhòng Tư pháp,2,101\n");
        var output = temp.Write("track.csv", "old");
        var summary = temp.Write("summary.csv", "old summary");
        var before = temp.Snapshot();

        var run = CliRun.Of(["track", Targets, actuals, "-o", output, "--summary", summary]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Select(line => line.Split(':')[0] + ":" + line.Split(':')[1]).Should().Equal(
            $"{actuals}:2", $"{actuals}:3", $"{actuals}:4", "error: 3 problems found. Nothing was written.");
        temp.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public void Problems_in_the_targets_are_printed_before_the_actuals_are_read()
    {
        using var temp = new TempFolder();
        var targets = temp.Write("targets.csv", "unit,indicator,result_2023,central_target,target_2024,rule\nA,1,40,50,50,a\n");

        var run = CliRun.Of(["track", targets, Actuals, "--lang", "vi"]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().HaveCount(2);
        run.ErrorLines[0].Should().StartWith($"{targets}:2: chỉ tiêu Trung ương 50 của chỉ tiêu 1 khác với 45");
        run.ErrorLines[1].Should().Be("lỗi: phát hiện 1 vấn đề. Không ghi gì cả.");
    }

    [Fact]
    public void A_wide_targets_file_is_refused_with_what_to_write_instead()
    {
        using var temp = new TempFolder();
        var targets = temp.File("wide.csv");
        CliRun.Of(["assign", Path.Combine(Repository.SamplesFolder, "binh-son-2023", "results.csv"), "--output-layout", "wide", "-o", targets]).ExitCode.Should().Be(0);

        var run = CliRun.Of(["track", targets, Actuals]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().StartWith($"{targets}:1: this targets file is in the wide layout");
    }

    [Theory]
    [InlineData("-", "-", null, null, "Only one of TARGETS and ACTUALS can be read from standard input (-).")]
    [InlineData(null, null, null, "-", "--summary needs a file; standard output takes the progress.")]
    [InlineData(null, null, "same.csv", "same.csv", "are one file; give them different names.")]
    [InlineData(null, null, "actuals", null, "is the input")]
    [InlineData(null, null, null, "targets", "is the input")]
    [InlineData(null, null, "nowhere/track.csv", null, "does not exist")]
    public void Usage_errors_exit_1_before_anything_is_read(string? targets, string? actuals, string? output, string? summary, string message)
    {
        using var temp = new TempFolder();
        var targetsFile = temp.Write("targets.csv", File.ReadAllText(Targets));
        var actualsFile = temp.Write("actuals.csv", File.ReadAllText(Actuals));
        string Resolve(string name) => name switch { "actuals" => actualsFile, "targets" => targetsFile, "-" => "-", _ => temp.File(name) };
        List<string> args = ["track", targets ?? targetsFile, actuals ?? actualsFile];
        args.AddRange(output is null ? [] : ["-o", Resolve(output)]);
        args.AddRange(summary is null ? [] : ["--summary", Resolve(summary)]);

        var run = CliRun.Of([.. args]);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public void The_help_page_has_not_changed()
    {
        var run = CliRun.Of(["track", "--help"]);

        run.ExitCode.Should().Be(0);
        var text = run.Output.Replace(System.CommandLine.RootCommand.ExecutableName, "kpi-targets", StringComparison.Ordinal);
        GoldenTests.AssertMatchesGolden(Path.Combine(Repository.GoldensFolder, "help-track.txt"), Encoding.UTF8.GetBytes(text));
    }

    // The summary file's two tables: the lines before the empty one, and those after it.
    private static (List<string> Summary, List<string> Ranking) SummaryTables(string[] lines)
    {
        var empty = Array.IndexOf(lines, "");
        return (Rows(string.Join('\n', lines[..empty]) + "\n"), Rows(string.Join('\n', lines[(empty + 1)..]) + "\n"));
    }

    private static List<string> Rows(string csv)
    {
        var problems = new ProblemLog();
        var source = new InputSource("expected.csv", () => new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var rows = TableFiles.Read(source, InputOptions.Default, problems).Select(record => string.Join("|", record.Fields)).ToList();
        problems.Kept.Should().BeEmpty();
        return rows;
    }

    private static List<string> Sheet(string workbook, string sheet)
    {
        var problems = new ProblemLog();
        var rows = TableFiles.Read(InputSource.FromFile(workbook), InputOptions.Default with { Sheet = sheet }, problems)
            .Select(record => string.Join("|", record.Fields)).ToList();
        problems.Kept.Should().BeEmpty();
        return rows;
    }
}
