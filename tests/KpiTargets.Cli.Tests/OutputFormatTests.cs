namespace KpiTargets.Cli.Tests;

/// <summary>The targets CSV's contract: columns, shortest numbers, names exactly as read, input order.</summary>
public sealed class OutputFormatTests
{
    [Fact]
    public void Columns_begin_with_the_six_canonical_ones()
    {
        var run = CliRun.Of(["assign", "-"], "unit,indicator,result_2023\nA,1,40\n");

        run.Output.Split('\n')[0].Should().Be("unit,indicator,result_2023,central_target,target_2024,rule,indicator_name,capped,no_baseline,explanation");
    }

    [Fact]
    public void Numbers_are_written_in_shortest_form_and_an_empty_result_stays_empty()
    {
        var run = CliRun.Of(["assign", "-"], "result_2023,unit,indicator\n45.50,A,1\n062.50,B,2\n,C,3\n100.00,D,8\n");

        run.ExitCode.Should().Be(0, run.Error);
        Canonical(run.Output).Should().Equal(
            "A,1,45.5,45,50.05,b",
            "B,2,62.5,50,68.75,b",
            "C,3,,80,80,a",
            "D,8,100,90,100,b");
    }

    [Fact]
    public void Unit_names_come_out_exactly_as_read_in_input_order()
    {
        const string Names = "\"  UBND xã Bình Thuận \",1,40\nPhòng Tài chính – Kế hoạch,1,40\n\"Phòng \"\"A\"\", B\",1,40\n";

        var run = CliRun.Of(["assign", "-"], "unit,indicator,result_2023\n" + Names);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Split('\n').Skip(1).Take(3).Select(line => line[..line.IndexOf(",1,", StringComparison.Ordinal)])
            .Should().Equal("  UBND xã Bình Thuận ", "Phòng Tài chính – Kế hoạch", "\"Phòng \"\"A\"\", B\"");
    }

    [Fact]
    public void Header_titles_match_without_regard_to_case_and_surrounding_spaces_and_extra_columns_are_ignored()
    {
        var run = CliRun.Of(["assign", "-"], " Result_2023 ,note, UNIT,Indicator\n40,x,A,1\n");

        run.ExitCode.Should().Be(0, run.Error);
        Canonical(run.Output).Should().Equal("A,1,40,45,45,a");
    }

    [Fact]
    public void Blank_lines_and_rows_of_bare_separators_are_skipped()
    {
        var run = CliRun.Of(["assign", "-"], "unit,indicator,result_2023\n\nA,1,40\n,,\n\n");

        run.ExitCode.Should().Be(0, run.Error);
        Canonical(run.Output).Should().Equal("A,1,40,45,45,a");
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. "unit,indicator,result_2023\r\nA,1,40\r\n"u8];

        var run = CliRun.Of(["assign", "-"], input);

        run.ExitCode.Should().Be(0, run.Error);
        Canonical(run.Output).Should().Equal("A,1,40,45,45,a");
    }

    [Fact]
    public void Reviewer_columns_show_the_name_the_cap_the_missing_baseline_and_the_arithmetic()
    {
        var run = CliRun.Of(["assign", "-"], "unit,indicator,result_2023\nA,8,95\nB,3,\n");

        run.Output.Split('\n')[1..3].Should().Equal(
            "A,8,95,90,100,b,\"Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp.\",true,false,\"b) 95 ≥ central 90: 95 × 1.1 = 104.5, capped at the maximum 100\"",
            "B,3,,80,80,a,\"Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC.\",false,true,a) no 2023 result: the central target 80");
    }

    private static string[] Canonical(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => string.Join(',', line.Split(',').Take(6)))];
}
