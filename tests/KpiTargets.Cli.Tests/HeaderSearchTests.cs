using KpiTargets.Files.Results;
using KpiTargets.Files.Tables;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// <see cref="HeaderSearch"/> on its own: where it finds the header of an office sheet, which rows it joins into a
/// two-row header and what titles the join gives, with the results layout's rule (<see cref="ResultsHeader"/>) and
/// with a counts-shaped rule such as a counts layout brings.
/// </summary>
public sealed class HeaderSearchTests
{
    private static readonly HeaderRule Results = ResultsHeader.Rule(InputLayout.Auto);

    // A counts layout's header: a unit column and a numerator column ("CT1 Tử số"), which it recognises alone.
    private static readonly HeaderRule Counts = new(
        titles => titles.Any(ResultColumns.Unit.Matches) && titles.Any(title => title.EndsWith("Tử số", StringComparison.Ordinal)),
        title => ResultColumns.Unit.Matches(title) || title.EndsWith("Tử số", StringComparison.Ordinal));

    [Fact]
    public void Title_rows_above_a_one_row_header_are_passed_over()
    {
        var search = Search(Results,
            (1, ["ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN", "", ""]),
            (2, ["BẢNG TỔNG HỢP KẾT QUẢ NĂM 2023", "", ""]),
            (4, ["Đơn vị", "Mã chỉ tiêu", "Kết quả 2023"]),
            (5, ["Phòng Tư pháp", "1", "45"]));

        search.Header.Should().BeEquivalentTo(new { FirstLine = 4L, Line = 4L, Found = true });
        search.Header!.Titles.Should().Equal("Đơn vị", "Mã chỉ tiêu", "Kết quả 2023");
        search.Rest.Select(row => row.Line).Should().Equal(5);
    }

    [Fact]
    public void A_header_on_row_30_is_found_and_one_on_row_31_is_not_so_the_first_row_stands_as_the_header()
    {
        (long, string[])[] Sheet(long headerRow) =>
            [(1, ["BẢNG TỔNG HỢP", ""]), (headerRow, ["Đơn vị", "CT1"]), (headerRow + 1, ["Phòng Tư pháp", "45"])];

        var on30 = Search(Results, Sheet(30));
        var on31 = Search(Results, Sheet(31));

        on30.Header.Should().BeEquivalentTo(new { Line = 30L, Found = true });
        on31.Header.Should().BeEquivalentTo(new { FirstLine = 1L, Line = 1L, Found = false });
        on31.Header!.Titles.Should().Equal("BẢNG TỔNG HỢP", "");
    }

    [Fact]
    public void A_group_title_merged_across_indicator_columns_joins_the_header_below_it()
    {
        var search = Search(Results,
            (7, ["STT", "Tên đơn vị", "Kết quả thực hiện năm 2023 (%)", "", "", "Ghi chú"]),
            (8, ["", "", "CT1", "CT2", "CT9.1", ""]),
            (9, ["1", "Phòng Tư pháp", "45", "50", "96", ""]));

        search.Header.Should().BeEquivalentTo(new { FirstLine = 7L, Line = 8L, Found = true });
        search.Header!.Titles.Should().Equal(
            "STT", "Tên đơn vị", "Kết quả thực hiện năm 2023 (%) CT1", "Kết quả thực hiện năm 2023 (%) CT2", "Kết quả thực hiện năm 2023 (%) CT9.1", "Ghi chú");
        search.Rest.Select(row => row.Line).Should().Equal([9], "a row of column numbers may follow a two-row header, so the row after it decides");
    }

    [Fact]
    public void A_counts_shaped_two_row_header_gives_each_count_its_indicator()
    {
        (long, string[])[] sheet =
        [
            (3, ["Tên đơn vị", "CT1", "", "CT2", ""]),
            (4, ["", "Tử số", "Mẫu số", "Tử số", "Mẫu số"]),
            (5, ["Phòng Tư pháp", "12", "40", "3", "4"]),
        ];

        var counts = Search(Counts, sheet);
        var results = Search(Results, sheet);

        counts.Header.Should().BeEquivalentTo(new { FirstLine = 3L, Line = 4L, Found = true });
        counts.Header!.Titles.Should().Equal("Tên đơn vị", "CT1 Tử số", "CT1 Mẫu số", "CT2 Tử số", "CT2 Mẫu số");
        results.Header.Should().BeEquivalentTo(new { FirstLine = 3L, Line = 4L, Found = true }, "the results layouts read counts pairs too");
        results.Header!.Titles.Should().Equal(counts.Header.Titles);
    }

    [Fact]
    public void A_row_below_a_header_that_holds_numbers_is_data_even_when_it_has_no_unit()
    {
        var search = Search(Results, (1, ["unit", "indicator", "result_2023"]), (2, ["", "1", "45"]));

        search.Header.Should().BeEquivalentTo(new { FirstLine = 1L, Line = 1L, Found = true });
        search.Rest.Select(row => row.Line).Should().Equal(2);
    }

    [Fact]
    public void A_row_of_column_numbers_below_a_header_joins_it_as_titles_do()
    {
        var search = Search(Results, (5, ["Tên đơn vị", "Mã chỉ tiêu", "Kết quả 2023"]), (6, ["(2)", "(3)", "(4)"]), (7, ["Phòng Tư pháp", "1", "45"]));

        search.Header.Should().BeEquivalentTo(new { FirstLine = 5L, Line = 6L, Found = true });
        search.Header!.Titles.Should().Equal("Tên đơn vị (2)", "Mã chỉ tiêu (3)", "Kết quả 2023 (4)");
    }

    [Theory]
    [InlineData(new[] { "STT", "Tên đơn vị", "Kết quả 2023 (%)", "", "Ghi chú" }, new[] { "", "", "CT1", "CT2", "" }, new[] { "STT", "Tên đơn vị", "Kết quả 2023 (%) CT1", "Kết quả 2023 (%) CT2", "Ghi chú" })]
    [InlineData(new[] { "Tên đơn vị", "", "" }, new[] { "", "CT1", "CT2" }, new[] { "Tên đơn vị", "CT1", "CT2" })]                  // merged down: not carried
    [InlineData(new[] { "A", "", "", "B" }, new[] { " x ", "y", "", "z" }, new[] { "A x", "A y", "", "B z" })]                        // carried while there are titles below
    [InlineData(new[] { "Đơn vị" }, new[] { "", "CT1" }, new[] { "Đơn vị", "CT1" })]                                                   // rows of different widths
    public void A_group_title_is_carried_right_over_the_titles_below_it_only(string[] upper, string[] lower, string[] joined) =>
        HeaderSearch.Join(upper, lower, Results).Should().Equal(joined);

    [Theory]
    [InlineData(new[] { "", "", "", "Đơn vị tính: %" }, new[] { "Tên đơn vị", "CT1", "CT2", "CT3" }, new[] { "Tên đơn vị", "CT1", "CT2", "CT3" })]      // a unit of measure over a code
    [InlineData(new[] { "Tên đơn vị", "Năm 2023", "" }, new[] { "", "CT1", "CT2" }, new[] { "Tên đơn vị", "CT1", "CT2" })]                          // a group the layout does not read
    [InlineData(new[] { "Tên đơn vị", "Kết quả 2023", "" }, new[] { "", "CT1", "CT2" }, new[] { "Tên đơn vị", "Kết quả 2023 CT1", "Kết quả 2023 CT2" })] // a result's group, as before
    [InlineData(new[] { "Tên đơn vị", "CT1", "" }, new[] { "", "Tử số", "Mẫu số" }, new[] { "Tên đơn vị", "CT1 Tử số", "CT1 Mẫu số" })]             // the join is what the layout reads
    [InlineData(new[] { "Ghi chú", "" }, new[] { "Đơn vị", "CT1" }, new[] { "Đơn vị", "CT1" })]                                                   // a title carried over titles of its own
    public void A_title_the_layout_reads_on_its_own_is_never_lost_to_the_line_above_it(string[] upper, string[] lower, string[] joined) =>
        HeaderSearch.Join(upper, lower, Results).Should().Equal(joined);

    [Fact]
    public void A_line_above_a_row_that_names_the_columns_on_its_own_is_a_title_not_part_of_the_header()
    {
        var search = Search(Results, (1, ["", "", "", "", "Đơn vị tính: %"]), (2, ["STT", "Tên đơn vị", "CT1", "CT2", "CT3"]), (3, ["1", "Xã A", "50", "60", "85"]));

        search.Header.Should().BeEquivalentTo(new { FirstLine = 2L, Line = 2L, Found = true });
        search.Header!.Titles.Should().Equal("STT", "Tên đơn vị", "CT1", "CT2", "CT3");
    }

    [Theory]
    [InlineData(new[] { "1", "2", "3", "4" }, true)]
    [InlineData(new[] { "A", "B", "1", "2" }, true)]
    [InlineData(new[] { "(1)", "(2)", "", "(3)" }, true)]
    [InlineData(new[] { "1", "Xã A", "50", "60" }, false)]
    [InlineData(new[] { "2", "3", "4" }, false)]           // numbers start at 1
    [InlineData(new[] { "1", "2", "2" }, false)]
    [InlineData(new[] { "B", "1", "2" }, false)]           // letters start at A
    [InlineData(new[] { "1", "" }, false)]                 // one cell numbers nothing
    [InlineData(new[] { "A", "1", "2", "3" }, false)]      // a unit named "A" and its counts
    public void A_row_of_column_numbers_counts_from_1_after_letters_from_A(string[] fields, bool numbering) =>
        HeaderSearch.IsNumbering(fields).Should().Be(numbering);

    [Fact]
    public void A_row_of_column_numbers_below_a_one_row_header_is_part_of_it_and_no_data()
    {
        var search = Search(Results, (1, ["STT", "Tên đơn vị", "CT1", "CT2"]), (2, ["1", "2", "3", "4"]), (3, ["1", "Xã A", "50", "60"]));

        search.Header.Should().BeEquivalentTo(new { FirstLine = 1L, Line = 2L, Found = true });
        search.Header!.Titles.Should().Equal("STT", "Tên đơn vị", "CT1", "CT2");
        search.Rest.Should().BeEmpty();
    }

    [Fact]
    public void A_table_without_rows_has_no_header_and_one_row_is_decided_at_its_end()
    {
        var empty = new HeaderSearch(Results);
        empty.End();
        var one = new HeaderSearch(Results);
        one.Add(new RawRecord(1, RecordFields.Of(["unit", "indicator", "result_2023"]))).Should().BeFalse("the row below may join it");
        one.End();

        empty.Header.Should().BeNull();
        one.Header.Should().BeEquivalentTo(new { Line = 1L, Found = true });
    }

    private static HeaderSearch Search(HeaderRule rule, params (long Line, string[] Fields)[] rows)
    {
        var search = new HeaderSearch(rule);
        foreach (var (line, fields) in rows)
        {
            if (search.Add(new RawRecord(line, RecordFields.Of(fields))))
            {
                return search;
            }
        }

        search.End();
        return search;
    }
}
