namespace KpiTargets.Cli.Tests;

/// <summary>
/// Every data error of a counts file, as FILE:LINE: message in English and Vietnamese, all in one run, exit 2, nothing
/// written; the checks every results file gets apply to counts files too.
/// </summary>
public sealed class CountsDataErrorTests
{
    private const string Header = "unit,indicator,numerator,denominator\n";

    public static TheoryData<string, string, string> SingleErrors => new()
    {
        {
            Header + "A,1,12.5,40\n",
            "input.csv:2: the numerator '12.5' is not a whole number; write a count with digits only (for example 1234), without decimals, % or thousands separators",
            "input.csv:2: tử số '12.5' không phải là số nguyên; số lượng viết bằng chữ số (ví dụ 1234), không có phần thập phân, dấu % hay dấu phân cách hàng nghìn"
        },
        {
            // A thousand to a Vietnamese reader, one to an English one: refused, never guessed at.
            Header + "A,1,12,1.000\n",
            "input.csv:2: the denominator '1.000' is not a whole number; write a count with digits only (for example 1234), without decimals, % or thousands separators",
            "input.csv:2: mẫu số '1.000' không phải là số nguyên; số lượng viết bằng chữ số (ví dụ 1234), không có phần thập phân, dấu % hay dấu phân cách hàng nghìn"
        },
        {
            Header + "A,1,12%,40\n",
            "input.csv:2: the numerator '12%' is not a whole number; write a count with digits only (for example 1234), without decimals, % or thousands separators",
            "input.csv:2: tử số '12%' không phải là số nguyên; số lượng viết bằng chữ số (ví dụ 1234), không có phần thập phân, dấu % hay dấu phân cách hàng nghìn"
        },
        {
            Header + "A,1,-3,40\n",
            "input.csv:2: the numerator '-3' is negative; a count is 0 or more",
            "input.csv:2: tử số '-3' là số âm; số lượng phải từ 0 trở lên"
        },
        {
            Header + "A,1,3,10000000000000000000\n",
            "input.csv:2: the denominator '10000000000000000000' is too large; a count is at most 1000000000000000000",
            "input.csv:2: mẫu số '10000000000000000000' quá lớn; số lượng tối đa là 1000000000000000000"
        },
        {
            Header + "A,1,50,40\n",
            "input.csv:2: the numerator 50 is larger than the denominator 40; a share cannot exceed 100 %, check both counts",
            "input.csv:2: tử số 50 lớn hơn mẫu số 40; tỷ lệ không thể vượt quá 100 %, hãy kiểm tra hai số lượng"
        },
        {
            Header + "A,1,12,\n",
            "input.csv:2: the numerator is given without the denominator; give both counts, or leave both empty when there is no 2023 result",
            "input.csv:2: có tử số nhưng thiếu mẫu số; hãy ghi cả hai số lượng, hoặc để trống cả hai khi không có kết quả 2023"
        },
        {
            Header + "A,1,N/A,40\n",
            "input.csv:2: the denominator is given without the numerator; give both counts, or leave both empty when there is no 2023 result",
            "input.csv:2: có mẫu số nhưng thiếu tử số; hãy ghi cả hai số lượng, hoặc để trống cả hai khi không có kết quả 2023"
        },
        {
            // A results file with its counts (what rates writes): the result must be their rate as reported.
            "unit,indicator,result_2023,numerator,denominator\nA,1,31,12,40\n",
            "input.csv:2: the result 31 is not the rate of its counts, 12/40 = 30 (rounded to 2 decimals); correct the result or the counts, or give the --rate-decimals the file was made with",
            "input.csv:2: kết quả 31 khác với tỷ lệ tính từ số lượng 12/40 = 30 (làm tròn 2 chữ số thập phân); hãy sửa kết quả hoặc số lượng, hoặc dùng --rate-decimals bằng số chữ số đã dùng khi lập tệp"
        },
        {
            "unit,indicator,result_2023,numerator,denominator\nA,1,0,0,0\n",
            "input.csv:2: the result 0 is not the rate of its counts, 0/0 = N/A (rounded to 2 decimals); correct the result or the counts, or give the --rate-decimals the file was made with",
            "input.csv:2: kết quả 0 khác với tỷ lệ tính từ số lượng 0/0 = N/A (làm tròn 2 chữ số thập phân); hãy sửa kết quả hoặc số lượng, hoặc dùng --rate-decimals bằng số chữ số đã dùng khi lập tệp"
        },
        {
            Header + "A,10,1,2\n",
            "input.csv:2: unknown indicator code '10'; use one of: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2",
            "input.csv:2: không có mã chỉ tiêu '10'; dùng một trong các mã: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2"
        },
        {
            Header + " ,1,1,2\n",
            "input.csv:2: the unit is empty; every row needs the unit's name",
            "input.csv:2: tên đơn vị bị trống; mỗi dòng cần tên đơn vị"
        },
        {
            Header + "A,1,1,2\nA,1,3,4\n",
            "input.csv:3: duplicate row: unit 'A' already has a result for indicator 1 at line 2",
            "input.csv:3: dòng trùng: đơn vị 'A' đã có kết quả chỉ tiêu 1 ở dòng 2"
        },
        {
            "unit,indicator,numerator\nA,1,12\n",
            "input.csv:1: the header has a numerator column but no denominator column; add a column titled 'denominator' (or 'Mẫu số')",
            "input.csv:1: có cột tử số nhưng thiếu cột mẫu số; hãy thêm cột 'Mẫu số' (hoặc 'denominator')"
        },
        {
            "Đơn vị,CT1 tử số,CT1 mẫu số,CT2 tử số\nA,1,2,3\n",
            "input.csv:1: the column 'CT2 tử số' has no denominator column for the same indicator; each indicator needs a pair of columns (for example 'CT1 tử số', 'CT1 mẫu số', or '1_numerator', '1_denominator')",
            "input.csv:1: cột 'CT2 tử số' không có cột mẫu số đi kèm cho cùng chỉ tiêu; mỗi chỉ tiêu cần một cặp cột tử số và mẫu số (ví dụ 'CT1 tử số', 'CT1 mẫu số')"
        },
        {
            "Đơn vị,CT1 tử số,CT1 mẫu số,CT10 tử số\nA,1,2,3\n",
            "input.csv:1: the column 'CT10 tử số' looks like an indicator code, but the catalog has no such indicator; use one of: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2",
            "input.csv:1: cột 'CT10 tử số' trông như một mã chỉ tiêu nhưng danh mục không có mã này; các mã: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2"
        },
    };

    [Theory, MemberData(nameof(SingleErrors))]
    public void Each_counts_error_is_reported_with_its_line_in_english_and_vietnamese(string content, string english, string vietnamese)
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", content);

        foreach (var (language, expected, closing) in new[] { ("en", english, "error: 1 problem found."), ("vi", vietnamese, "lỗi: phát hiện 1 vấn đề.") })
        {
            var run = CliRun.Of(["validate", input, "--lang", language]);

            run.ExitCode.Should().Be(2);
            run.Output.Should().BeEmpty();
            run.ErrorLines.Should().Equal(expected.Replace("input.csv", input, StringComparison.Ordinal), closing);
        }
    }

    [Theory]
    [InlineData("assign")]
    [InlineData("rates")]
    public void Every_problem_is_reported_in_one_run_and_nothing_is_written(string command)
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", Header + "A,1,12,40\nA,2,1.5,4\nB,1,5,\nC,1,9,8\nD,1,-1,2\nA,1,1,2\nE,2,3,4\n");
        var output = temp.Write("out.csv", "an older output\n");

        var run = CliRun.Of([command, input, "-o", output]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Select(line => line.Split(": ")[0]).Should().Equal(
            $"{input}:3", $"{input}:4", $"{input}:5", $"{input}:6", $"{input}:7", "error");
        run.ErrorLines[^1].Should().Be("error: 5 problems found. Nothing was written.");
        File.ReadAllText(output).Should().Be("an older output\n");
    }

    [Fact]
    public void Rates_needs_counts_and_says_so_at_the_header()
    {
        using var temp = new TempFolder();
        var input = temp.Write("input.csv", "unit,indicator,result_2023\nA,1,45\n");

        var run = CliRun.Of(["rates", input]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines[0].Should().Be($"{input}:1: the file has no counts: rates needs the columns 'numerator' and 'denominator' (long layout), or a pair of columns per indicator ('1_numerator', '1_denominator', or 'CT1 tử số', 'CT1 mẫu số'); the header has: unit, indicator, result_2023");
    }

    [Fact]
    public void A_rate_outside_a_custom_catalogs_bounds_is_a_problem_with_its_line()
    {
        using var temp = new TempFolder();
        var catalog = temp.Write("catalog.csv", "code,name_vi,central_target,minimum,maximum\nA,Chỉ tiêu A,40,10,100\n");
        var input = temp.Write("input.csv", Header + "X,A,1,20\n");

        var run = CliRun.Of(["assign", input, "--catalog", catalog]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be($"{input}:2: the rate 1/20 = 5 is outside the bounds of indicator A (10 to 100)");
    }
}
