namespace KpiTargets.Cli.Tests;

/// <summary>Every kind of data error, reported as FILE:LINE: message, all in one run, exit 2, nothing written.</summary>
public sealed class DataErrorTests
{
    private const string Header = "unit,indicator,result_2023\n";

    public static TheoryData<string, string> SingleErrors => new()
    {
        // An unknown indicator code names the codes that exist.
        { Header + "UBND xã Bình Hải,10,50\n", "input.csv:2: unknown indicator code '10'; use one of: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2" },
        // 9 is a heading in the appendix: its targets are 9.1 and 9.2.
        { Header + "UBND xã Bình Hải,9,50\n", "input.csv:2: '9' is a heading without a target of its own; use one of: 9.1, 9.2" },
        { Header + "UBND xã Bình Hải,,50\n", "input.csv:2: the indicator code is empty; use one of: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2" },
        // A decimal comma is accepted, but there are no thousands separators in a percentage: two marks are an error.
        { Header + "UBND xã Bình Hải,1,\"1.045,5\"\n", "input.csv:2: the result '1.045,5' is not a number; write a decimal with '.' or ',' as the decimal mark (45.5 or 45,5, optionally with %), without thousands separators; leave it empty or write N/A when there is no 2023 result" },
        { Header + "UBND xã Bình Hải,1,\"45,5,1\"\n", "input.csv:2: the result '45,5,1' is not a number; write a decimal with '.' or ',' as the decimal mark (45.5 or 45,5, optionally with %), without thousands separators; leave it empty or write N/A when there is no 2023 result" },
        { Header + "UBND xã Bình Hải,1,abc\n", "input.csv:2: the result 'abc' is not a number; write a decimal with '.' or ',' as the decimal mark (45.5 or 45,5, optionally with %), without thousands separators; leave it empty or write N/A when there is no 2023 result" },
        { Header + "UBND xã Bình Hải,1,1e2\n", "input.csv:2: the result '1e2' is not a number; write a decimal with '.' or ',' as the decimal mark (45.5 or 45,5, optionally with %), without thousands separators; leave it empty or write N/A when there is no 2023 result" },
        // A percentage lies between 0 and 100.
        { Header + "UBND xã Bình Hải,1,100.01\n", "input.csv:2: the result 100.01 is outside the bounds of indicator 1 (0 to 100)" },
        { Header + "UBND xã Bình Hải,1,-1\n", "input.csv:2: the result -1 is outside the bounds of indicator 1 (0 to 100)" },
        { Header + " ,1,50\n", "input.csv:2: the unit is empty; every row needs the unit's name" },
        { Header + "A,1,50\nB,1,50\nA,1,60\n", "input.csv:4: duplicate row: unit 'A' already has a result for indicator 1 at line 2" },
        // Duplicates are found whatever the Unicode form a name was typed in (NFD here, NFC above); names are read as NFC.
        { Header + "Xã Bình Hải,1,50\nXa\u0303 Bi\u0300nh Ha\u0309i,1,50\n", "input.csv:3: duplicate row: unit 'Xã Bình Hải' already has a result for indicator 1 at line 2" },
        { "unit,result_2023\nA,50\n", "input.csv:1: missing the column 'indicator': title it one of: indicator, indicator code, Mã chỉ tiêu, Chỉ tiêu, Mã CT; the header has: unit, result_2023" },
        { "unit,indicator,result_2023,unit\nA,1,50,B\n", "input.csv:1: the column 'unit' appears 2 times in the header (columns 1, 4)" },
        { "", "input.csv:1: the file is empty; expected a header row naming the columns unit, indicator, result_2023" },
        { Header, "input.csv:1: the file has a header row but no data rows" },
        { Header + "A,1\n", "input.csv:2: the row has 2 fields but the header has 3; a name that contains the separator must be in double quotes" },
        { Header + "Phòng Tài chính, Kế hoạch,1,50\n", "input.csv:2: the row has 4 fields but the header has 3; a name that contains the separator must be in double quotes" },
        { Header + "\"A,1,50\nB,1,50\n", "input.csv:2: a quoted field is never closed: a double quote is missing; the rest of the file was read as one field" },
        { Header + "A\"x,1,50\n", "input.csv:2: a double quote inside a field that is not quoted; put the whole field in double quotes and write the quote as two (\"\")" },
        { Header + "\"A\"x,1,50\n", "input.csv:2: text follows a closing double quote; inside a quoted field write a double quote as two (\"\")" },
    };

    [Theory, MemberData(nameof(SingleErrors))]
    public void Each_data_error_is_reported_with_its_line_and_exit_code_2(string content, string expected)
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", content);

        var run = CliRun.Of(["validate", input]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().Equal(expected.Replace("input.csv", input, StringComparison.Ordinal), "error: 1 problem found.");
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_in_one_run_in_line_order()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", Header + "A,1,40\n,2,50\nB,3,abc\nC,1,105\nA,1,41\nD,12,5\n\"E\"\"\",1,\n");

        var run = CliRun.Of(["assign", input]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty("nothing is printed to standard output when the input has problems");
        run.ErrorLines.Select(line => line.Split(": ")[0]).Should().Equal(
            $"{input}:3", $"{input}:4", $"{input}:5", $"{input}:6", $"{input}:7", "error");
        run.ErrorLines[^1].Should().Be("error: 5 problems found. Nothing was written.");
    }

    [Fact]
    public void Problems_are_counted_past_the_first_hundred_and_only_those_are_printed()
    {
        using var temp = new TempFolder();
        var rows = string.Concat(Enumerable.Range(0, 250).Select(i => $"Unit {i},1,x\n"));
        var input = temp.Write("input.csv", Header + rows);

        var run = CliRun.Of(["validate", input]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().HaveCount(101);
        run.ErrorLines[^1].Should().Be("error: 250 problems found; the first 100 are shown, 150 more were not.");
    }

    [Fact]
    public void A_line_number_is_the_physical_line_even_after_a_quoted_line_break()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", Header + "\"UBND xã\nBình Hải\",1,50\n\nB,1,x\n");

        var run = CliRun.Of(["validate", input]);

        run.ErrorLines[0].Should().StartWith($"{input}:5: the result 'x'");
    }

    [Fact]
    public void Invalid_utf8_is_an_error_rather_than_a_replaced_character()
    {
        byte[] content = [.. "unit,indicator,result_2023\nPh"u8, 0xF2, .. "ng T\u01B0 ph\u00E1p,1,50\n"u8];

        var run = CliRun.Of(["validate", "-"], content);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be("<stdin>:2: the line is not valid UTF-8 text; if Excel saved it as \"CSV\" on a Vietnamese Windows machine, add --encoding windows-1258, or save it again as \"CSV UTF-8\"");
    }
}
