using System.IO.Compression;
using System.Text;
using KpiTargets.Files.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// What an adversarial run found on the reading side: numbers rounded without a word, text that is not text, headers
/// and records at their limits, numbers guarded as if they were formulas. Each ends in the exact answer or a clear
/// problem with its line.
/// </summary>
public sealed class UnluckyInputTests
{
    private const string Header = "unit,indicator,result_2023\n";

    [Theory]
    [InlineData("44.99999999999999999999999999999")]   // would round to 45, the central target, and take clause b
    [InlineData("100.000000000000000000000000001")]    // would round to 100 and pass the bounds of indicator 4
    [InlineData("0.00000000000000000000000000001")]    // would round to 0
    public void A_result_with_more_digits_than_decimal_holds_is_a_problem_never_rounded(string result)
    {
        var run = CliRun.Of(["assign", "-"], Header + $"Phòng Tư pháp,1,45\nUBND xã Bình Thuận,4,{result}\n");

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be($"<stdin>:3: {Messages.English.TooManyDigits(result)}");
        run.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("45.000000000000000000000000000000000", "45")]
    [InlineData("0045.1500", "45.15")]
    [InlineData("123456789012.3456789012345678", "123456789012.3456789012345678")]
    public void A_long_result_that_decimal_holds_exactly_is_read_exactly(string result, string written)
    {
        var run = CliRun.Of(["assign", "-", "--output-layout", "canonical", "--catalog", CatalogWithLargeBounds()], Header + $"Phòng Tư pháp,1,{result}\n");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Split('\n')[1].Should().StartWith($"Phòng Tư pháp,1,{written},");
    }

    [Theory]
    [InlineData("B\uFFFE", 3)]
    [InlineData("B\uFFFF", 3)]
    [InlineData("B\uFDD0", 3)]
    [InlineData("B\U0001FFFE", 3)]
    public void A_noncharacter_anywhere_is_a_problem_with_its_line_not_a_crash(string unit, int line)
    {
        foreach (var file in new[] { Header + $"A,1,45\n{unit},1,45\n", $"unit,indicator,result_2023\nA,1,45\nB,1\uFFFE,45\n" })
        {
            var run = CliRun.Of(["validate", "-"], file);

            run.ExitCode.Should().Be(2);
            run.ErrorLines[0].Should().Be($"<stdin>:{line}: {Messages.English.Noncharacter}");
        }

        var header = CliRun.Of(["validate", "-"], "unit\uFFFE,indicator,result_2023\nA,1,45\n");
        header.ExitCode.Should().Be(2);
        header.ErrorLines[0].Should().Be($"<stdin>:1: {Messages.English.Noncharacter}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Half_a_surrogate_pair_in_utf16_input_is_a_problem_with_its_line(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        byte[] loneSurrogate = bigEndian ? [0xD8, 0x00] : [0x00, 0xD8];
        byte[] file = [.. encoding.GetPreamble(), .. new UnicodeEncoding(bigEndian, true).GetPreamble(), .. encoding.GetBytes(Header + "A,1,45\nB"), .. loneSurrogate, .. encoding.GetBytes("x,1,46\nC,1,47\n")];

        foreach (var args in new[] { new[] { "validate", "-" }, ["validate", "-", "--encoding", bigEndian ? "utf-16be" : "utf-16"] })
        {
            var run = CliRun.Of(args, file[encoding.GetPreamble().Length..]);

            run.ExitCode.Should().Be(2, string.Join(' ', args));
            run.ErrorLines.Should().Equal($"<stdin>:3: {Messages.English.Noncharacter}", "error: 1 problem found.");
        }
    }

    [Fact]
    public void A_valid_utf16_file_still_reads_with_and_without_the_option()
    {
        byte[] file = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Header + "Phòng Tư pháp,1,45\n")];

        CliRun.Of(["assign", "-", "--output-layout", "canonical"], file).Output.Should().Be("unit,indicator,result_2023,central_target,target_2024,rule\nPhòng Tư pháp,1,45,45,49.5,b\n");
        CliRun.Of(["assign", "-", "--output-layout", "canonical", "--encoding", "utf-16"], file).Output.Should().Be("unit,indicator,result_2023,central_target,target_2024,rule\nPhòng Tư pháp,1,45,45,49.5,b\n");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5_000)]
    [InlineData(700_000)]
    public void The_one_mebibyte_record_limit_is_exact_wherever_the_record_is(int bytesBefore)
    {
        using var temp = new TempFolder();
        var rows = new StringBuilder(Header);
        var line = 2;
        while (rows.Length < bytesBefore)
        {
            rows.Append('U').Append(line++).Append(",1,45\n");
        }

        var atLimit = temp.Write("at.csv", rows + new string('x', (1 << 20) - ",1,45".Length) + ",1,45\nZ,1,45\n");
        var overLimit = temp.Write("over.csv", rows + new string('x', (1 << 20) + 1 - ",1,45".Length) + ",1,45\nZ,1,45\n");

        CliRun.Of(["validate", atLimit]).ExitCode.Should().Be(0);
        var over = CliRun.Of(["validate", overLimit]);
        over.ExitCode.Should().Be(2);
        over.ErrorLines.Should().Equal(
            $"{overLimit}:{line}: a record is longer than 1 MiB; a closing double quote may be missing, or this is not a CSV file; reading stopped here",
            "error: 1 problem found.");
    }

    [Fact]
    public void A_header_of_more_columns_than_excel_has_is_a_problem_and_a_wide_one_is_read_in_linear_time()
    {
        var tooWide = "unit," + string.Join(',', Enumerable.Range(0, 16_384).Select(i => $"c{i}")) + "\nA," + string.Join(',', Enumerable.Repeat("1", 16_384)) + "\n";
        var run = CliRun.Of(["validate", "-"], tooWide);
        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"<stdin>:1: {Messages.English.TooManyColumns(16_385, 16_384)}", "error: 1 problem found.");

        // 16,384 columns, the most there may be, each a code the catalog lacks: reported, in well under the test's time.
        var widest = "unit," + string.Join(',', Enumerable.Range(0, 16_383).Select(i => $"CT{i + 100}")) + "\nA," + string.Join(',', Enumerable.Repeat("1", 16_383)) + "\n";
        var started = System.Diagnostics.Stopwatch.StartNew();
        CliRun.Of(["validate", "-"], widest).ExitCode.Should().Be(2);
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "header processing is linear in the number of columns");
    }

    [Fact]
    public void Negative_numbers_are_never_guarded_only_text_is()
    {
        using var temp = new TempFolder();
        var catalog = temp.Write("catalog.csv", "code,name_vi,central_target,minimum,maximum\nT,Nhiệt độ,-5,-50,50\n");

        var run = CliRun.Of(["assign", "-", "--catalog", catalog, "--output-layout", "canonical"], Header + "-Phòng A,T,-20.5\nPhòng B,T,-1\n");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be("unit,indicator,result_2023,central_target,target_2024,rule\n\"'-Phòng A\",T,-20.5,-5,-5,a\nPhòng B,T,-1,-5,-1.1,b\n");
    }

    [Fact]
    public void The_catalog_csv_guards_text_a_spreadsheet_would_run_and_reads_back_unchanged()
    {
        using var temp = new TempFolder();
        var catalog = temp.Write("catalog.csv", "code,name_vi,name_en,central_target,minimum,maximum,applies_to\n@1,=SUM(A1),+x,-5,-50,50,-all\n");

        var written = CliRun.Of(["indicators", "--catalog", catalog, "--format", "csv"]);

        written.ExitCode.Should().Be(0, written.Error);
        written.Output.Split('\n')[1].Should().Be("\"'@1\",\"'=SUM(A1)\",\"'+x\",%,-5,-50,50,\"'-all\",,,,");
        var again = temp.Write("again.csv", written.Output);
        CliRun.Of(["indicators", "--catalog", again, "--format", "csv"]).Output.Should().Be(written.Output);
    }

    [Fact]
    public void A_carriage_return_inside_a_name_reads_back_from_our_workbook_as_written()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("targets.xlsx");
        CliRun.Of(["assign", "-", "-o", workbook, "--output-layout", "canonical"], Header + "\"C\rD\",1,45\n\"E\r\nF\",1,46\n").ExitCode.Should().Be(0);

        using var package = ZipFile.OpenRead(workbook);
        using var sheet = new StreamReader(package.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = sheet.ReadToEnd();
        xml.Should().Contain("C&#xD;D").And.Contain("E&#xD;\nF").And.NotContain("C\rD");
    }

    // A catalog whose indicator 1 allows the large numbers the exactness tests need.
    private static string CatalogWithLargeBounds()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kpi-targets-large-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "code,name_vi,central_target,minimum,maximum\n1,Lớn,45,0,1000000000000\n");
        return path;
    }
}
