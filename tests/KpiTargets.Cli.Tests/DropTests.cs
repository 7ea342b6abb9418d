using System.Globalization;
using System.IO.Compression;
using KpiTargets.Cli.Desktop;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// A results file dropped on the program (Explorer's one argument): <c>assign</c> with its defaults into
/// <c>NAME.targets.xlsx</c> beside it, a summary in the user's display language, and <c>assign</c>'s exit codes.
/// </summary>
public sealed class DropTests
{
    private static readonly string BinhSon = Path.Combine(Repository.SamplesFolder, "binh-son-2023", "results.csv");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    [Theory]
    [InlineData("Kết quả 2023.csv")]
    [InlineData("KET QUA.CSV")]
    public void A_dropped_csv_gets_the_targets_workbook_of_assign_beside_it(string name)
    {
        using var temp = new TempFolder();
        var input = temp.File(name);
        File.Copy(BinhSon, input);
        var assigned = temp.File("assigned.xlsx");
        CliRun.Of(["assign", BinhSon, "-o", assigned]).ExitCode.Should().Be(0);

        var run = Drop(input, English);

        run.Should().BeEquivalentTo(new { ExitCode = 0, Error = "" });
        var workbook = temp.File(Path.GetFileNameWithoutExtension(name) + ".targets.xlsx");
        Entries(workbook).Should().BeEquivalentTo(Entries(assigned));
        run.Output.Should().Be(
            $"Read {input}: 35 units, 10 indicators, 303 rows.{Environment.NewLine}"
            + $"Wrote the 2024 targets to {workbook}.{Environment.NewLine}");
    }

    [Fact]
    public void A_dropped_workbook_is_read_as_a_workbook()
    {
        using var temp = new TempFolder();
        var input = temp.File("results.xlsx");
        File.Copy(Path.Combine(Repository.Root, "tests", "KpiTargets.Cli.Tests", "Corpus", "valid", "results.xlsx"), input);

        var run = Drop(input, English);

        run.ExitCode.Should().Be(0, run.Error);
        File.Exists(temp.File("results.targets.xlsx")).Should().BeTrue();
        CliRun.Of(["assign", temp.File("results.targets.xlsx")]).Output.Should().Be(CliRun.Of(["assign", input]).Output);
    }

    [Fact]
    public void On_a_vietnamese_display_the_summary_problems_and_column_titles_are_vietnamese()
    {
        using var temp = new TempFolder();
        var input = temp.File("Kết quả 2023.csv");
        File.Copy(BinhSon, input);
        var assigned = temp.File("assigned.xlsx");
        CliRun.Of(["assign", BinhSon, "--lang", "vi", "-o", assigned]).ExitCode.Should().Be(0);

        var run = Drop(input, Vietnamese);

        run.ExitCode.Should().Be(0, run.Error);
        var workbook = temp.File("Kết quả 2023.targets.xlsx");
        Entries(workbook).Should().BeEquivalentTo(Entries(assigned));
        run.Output.Should().Be(
            $"Đã đọc {input}: 35 đơn vị, 10 chỉ tiêu, 303 dòng.{Environment.NewLine}"
            + $"Đã ghi chỉ tiêu 2024 vào {workbook}.{Environment.NewLine}");
    }

    [Theory]
    [InlineData("en-US", "results.csv:3: unknown indicator code '10'", "error: 1 problem found. Nothing was written.")]
    [InlineData("vi-VN", "results.csv:3: không có mã chỉ tiêu '10'", "lỗi: phát hiện 1 vấn đề. Không ghi gì cả.")]
    public void A_data_error_leaves_an_older_workbook_untouched_and_exits_2(string culture, string problem, string count)
    {
        using var temp = new TempFolder();
        var input = temp.Write("results.csv", "unit,indicator,result_2023\nUBND xã Bình Thuận,1,45.15\nUBND xã Bình Thuận,10,50\n");
        var older = temp.Write("results.targets.xlsx", "an older workbook");
        var before = temp.Snapshot();

        var run = Drop(input, CultureInfo.GetCultureInfo(culture));

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().HaveCount(2);
        run.ErrorLines[0].Should().StartWith(input[..^"results.csv".Length] + problem);
        run.ErrorLines[1].Should().Be(count);
        temp.Snapshot().Should().BeEquivalentTo(before, "the older {0} stays exactly as it was", Path.GetFileName(older));
    }

    [Theory]
    [InlineData("missing.csv", false)]
    [InlineData("missing.xlsx", false)]
    [InlineData("notes.txt", true)]
    [InlineData("results.csv.bak", true)]
    public void A_missing_file_or_another_kind_of_file_is_a_usage_error_as_before(string name, bool exists)
    {
        using var temp = new TempFolder();
        var path = exists ? temp.Write(name, File.ReadAllText(BinhSon)) : temp.File(name);
        var before = temp.Snapshot();

        var run = Drop(path, English);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain($"Unrecognized command or argument '{path}'");
        temp.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public void Two_dropped_files_are_not_a_drop()
    {
        using var temp = new TempFolder();
        var first = temp.Write("a.csv", File.ReadAllText(BinhSon));
        var second = temp.Write("b.csv", File.ReadAllText(BinhSon));

        var run = CliRun.Of([first, second]);

        run.ExitCode.Should().Be(1);
        File.Exists(temp.File("a.targets.xlsx")).Should().BeFalse();
    }

    [Fact]
    public void A_command_with_one_file_is_still_the_command()
    {
        var run = CliRun.Of(["validate", BinhSon]);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("valid, 303 rows");
    }

    [Theory]
    [InlineData("/data/Kết quả 2023.csv", "/data/Kết quả 2023.targets.xlsx")]
    [InlineData("/data/results.xlsx", "/data/results.targets.xlsx")]
    [InlineData("/data/results.targets.xlsx", "/data/results.targets.targets.xlsx")]
    public void The_workbook_is_named_after_the_input_without_its_extension(string input, string expected) =>
        DroppedFile.TargetsPath(input).Should().Be(Path.GetFullPath(expected));

    [Theory]
    [InlineData(1, false, true)]   // Explorer's own window: it closes with the process
    [InlineData(1, true, false)]   // no keyboard to read a key from
    [InlineData(2, false, false)]  // a shell shares the console: a terminal stays open
    [InlineData(3, false, false)]  // a shell started from a script started from a shell
    [InlineData(0, false, false)]  // no console, or not Windows
    public void Waits_for_a_key_only_in_a_window_of_its_own_with_a_keyboard(int consoleProcesses, bool inputRedirected, bool waits) =>
        ConsoleWindow.ShouldWaitForKey(consoleProcesses, inputRedirected).Should().Be(waits);

    private static CliRun Drop(string path, CultureInfo uiCulture)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = KpiTargetsCli.Run([path], new CliConsole(output, error, () => Stream.Null), uiCulture);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    // A workbook's parts with their bytes: two runs write the same parts, stamped with different times.
    private static Dictionary<string, byte[]> Entries(string workbook)
    {
        using var package = ZipFile.OpenRead(workbook);
        return package.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var stream = entry.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return bytes.ToArray();
        });
    }
}
