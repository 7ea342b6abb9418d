using System.Globalization;
using System.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>Inputs built to break a reader: each ends with a clear message, exit 2, and no output.</summary>
public sealed class HostileInputTests
{
    private const string Header = "unit,indicator,result_2023\n";

    [Fact]
    public void A_single_50_MB_field_is_rejected_without_reading_it_all_into_one_string()
    {
        using var temp = new TempFolder();
        var path = temp.File("huge.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write(Header + "Phòng Tư pháp,1,45\n\"");
            var chunk = new string('x', 1 << 20);
            for (var i = 0; i < 50; i++)
            {
                writer.Write(chunk);
            }

            writer.Write("\",1,45\n");
        }

        var run = CliRun.Of(["validate", path]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal(
            $"{path}:3: a record is longer than 1 MiB; a closing double quote may be missing, or this is not a CSV file; reading stopped here",
            "error: 1 problem found.");
    }

    [Fact]
    public void A_million_bad_rows_report_a_bounded_number_of_problems_and_count_the_rest()
    {
        using var temp = new TempFolder();
        var path = temp.File("bad.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write(Header);
            for (var i = 0; i < 1_000_000; i++)
            {
                writer.Write("Unit ");
                writer.Write(i.ToString(CultureInfo.InvariantCulture));
                writer.Write(",1,bad\n");
            }
        }

        var run = CliRun.Of(["assign", path, "-o", temp.File("out.csv")]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().HaveCount(101);
        run.ErrorLines[^1].Should().Be("error: 1000000 problems found; the first 100 are shown, 999900 more were not. Nothing was written.");
        File.Exists(temp.File("out.csv")).Should().BeFalse();
    }

    [Fact]
    public void Text_that_a_spreadsheet_would_run_is_written_with_a_guard_and_reads_back_the_same()
    {
        const string Input = Header + "\"=HYPERLINK(\"\"http://x\"\")\",1,45\n+Phòng,1,45\n-Phòng,1,45\n@Phòng,1,45\n\"\tPhòng\",1,45\n";
        using var temp = new TempFolder();
        var first = temp.File("first.csv");

        CliRun.Of(["assign", "-", "-o", first], Input).ExitCode.Should().Be(0);
        var again = CliRun.Of(["assign", first]);

        File.ReadAllLines(first).Skip(1).Select(line => line[..2]).Should().AllBe("\"'", "each is quoted and starts with an apostrophe, as OWASP advises");
        again.ExitCode.Should().Be(0, again.Error);
        again.Output.Should().Be(File.ReadAllText(first), "our own output reads back with the same unit names");
    }

    [Fact]
    public void A_file_that_fails_while_being_read_is_an_io_error_with_a_plain_message()
    {
        // /proc/self/mem opens but fails on the first read (EIO): a real operating-system read error, even as root.
        var run = CliRun.Of(["validate", "/proc/self/mem"]);

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: ");
        run.Error.Should().NotContain(" at ", "users get the reason, not a stack trace");
    }

    [Fact]
    public void The_formula_guard_can_be_turned_off()
    {
        var run = CliRun.Of(["assign", "-", "--no-formula-guard"], Header + "=1+1,1,45\n");

        run.Output.Split('\n')[1].Should().StartWith("=1+1,1,45,");
    }
}
