using System.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// <c>--excel-csv</c>: the CSV an analyst double-clicks on a Vietnamese Windows machine, read back by our readers as
/// it was written.
/// </summary>
public sealed class ExcelCsvTests
{
    private const string Input = "unit,indicator,result_2023\n\"Phòng Tài chính; Kế hoạch\",1,45.15\nUBND xã Bình Thuận,2,\n=Bad,3,79.5\n";

    [Fact]
    public void The_csv_has_a_byte_order_mark_semicolons_decimal_commas_and_crlf()
    {
        using var temp = new TempFolder();
        var path = temp.File("targets.csv");

        CliRun.Of(["assign", "-", "-o", path, "--excel-csv", "--output-layout", "canonical"], Input).ExitCode.Should().Be(0);

        File.ReadAllBytes(path).Should().StartWith(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(File.ReadAllBytes(path)).Should().Be(
            "\uFEFFunit;indicator;result_2023;central_target;target_2024;rule\r\n"
            + "\"Phòng Tài chính; Kế hoạch\";1;45,15;45;49,67;b\r\n"
            + "UBND xã Bình Thuận;2;;50;50;a\r\n"
            + "\"'=Bad\";3;79,5;80;80;a\r\n");
    }

    [Fact]
    public void Our_readers_read_it_back_unchanged()
    {
        using var temp = new TempFolder();
        var excel = temp.File("targets.csv");
        CliRun.Of(["assign", "-", "-o", excel, "--excel-csv"], Input).ExitCode.Should().Be(0);

        var again = CliRun.Of(["assign", excel, "--output-layout", "canonical"]);

        again.ExitCode.Should().Be(0, again.Error);
        again.Output.Should().Be(CliRun.Of(["assign", "-", "--output-layout", "canonical"], Input).Output);
    }

    [Fact]
    public void It_is_for_csv_only()
    {
        var run = CliRun.Of(["assign", "-", "-o", "targets.xlsx", "--excel-csv"], Input);

        run.ExitCode.Should().Be(1);
        run.ErrorLines[0].Should().Be("--excel-csv spells CSV output; -o FILE.xlsx writes a workbook, which Excel opens as it is: give one of the two.");
    }
}
