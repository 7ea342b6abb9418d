using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using XlsxCell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using XlsxText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// Office sheets read as they are, by <c>assign</c> and <c>validate</c>, CSV and workbooks alike: title rows above the
/// header, a two-row header, a footer below the data, a guide sheet before the table, and what <c>--verbose</c> says.
/// </summary>
public sealed class OfficeSheetTests
{
    private const string Canonical = "unit,indicator,result_2023\nPhòng Tư pháp,1,45.5\nPhòng Tư pháp,2,50\nUBND xã Bình Thuận,1,40\nUBND xã Bình Thuận,9.2,\n";

    // The canonical results as a summary sheet: title rows, STT, a group title over the code columns, a section row,
    // and a footer with a date, a signature block in the unit and code columns, names and a note.
    private const string Office =
        "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN;;;;;\n"
        + "BẢNG TỔNG HỢP KẾT QUẢ NĂM 2023;;;;;\n"
        + ";;;;;\n"
        + "STT;Tên đơn vị;Kết quả thực hiện năm 2023 (%);;;Ghi chú\n"
        + ";;CT1;CT2;CT9.2;\n"
        + "I;CÁC CƠ QUAN CẤP HUYỆN;;;;\n"
        + "1;Phòng Tư pháp;45,5%;50;;\n"
        + "II;UBND CÁC XÃ;;;;\n"
        + "1;UBND xã Bình Thuận;40;;N/A;\n"
        + ";;;;;\n"
        + ";;;Bình Sơn, ngày 15 tháng 01 năm 2024;;\n"
        + ";NGƯỜI LẬP BIỂU;;KT. CHÁNH VĂN PHÒNG;;\n"
        + ";(Ký, ghi rõ họ tên);;(Ký, ghi rõ họ tên);;\n"
        + ";Nguyễn Văn An;;Trần Thị Bình;;\n"
        + "Ghi chú: số liệu đến ngày 31/12/2023;;;;;\n";

    [Fact]
    public void An_office_sheet_in_csv_gives_the_targets_of_the_clean_file()
    {
        using var temp = new TempFolder();
        var path = temp.Write("office.csv", Office);

        var run = CliRun.Of(["assign", path]);

        run.Should().BeEquivalentTo(new { ExitCode = 0, Error = "" });
        run.Output.Should().Be(CliRun.Of(["assign", "-"], Canonical).Output);
    }

    [Theory]
    [InlineData("en", "read {0}: header lines 4–5, table lines 7–9; footer lines 11–15 left out")]
    [InlineData("vi", "đã đọc {0}: tiêu đề ở dòng 4–5, bảng ở dòng 7–9; bỏ qua phần cuối ở dòng 11–15")]
    public void Verbose_says_which_lines_were_read_as_header_and_table_and_which_were_left_out(string language, string said)
    {
        using var temp = new TempFolder();
        var path = temp.Write("office.csv", Office);

        var validate = CliRun.Of(["validate", path, "--verbose", "--lang", language]);
        var assign = CliRun.Of(["assign", path, "--verbose", "--lang", language, "-o", temp.File("targets.csv")]);

        validate.ExitCode.Should().Be(0);
        validate.ErrorLines.Should().Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, said, path));
        assign.ErrorLines.Should().Equal(validate.ErrorLines);
        CliRun.Of(["validate", path]).Error.Should().BeEmpty("only --verbose says it");
    }

    [Fact]
    public void Verbose_names_one_line_as_a_line()
    {
        var run = CliRun.Of(["validate", "-", "--verbose"], "unit,indicator,result_2023\nPhòng Tư pháp,1,45.5\nPhòng Tư pháp,2,50\n");

        run.ErrorLines.Should().Equal("read <stdin>: header line 1, table lines 2–3");
    }

    [Theory]
    [InlineData(";;;\n;NGƯỜI LẬP BIỂU;;(ký tên)\n;;ngày 15/01/2024;\n")]   // a blank row, a signature in the unit column, a date
    [InlineData("Ghi chú: số liệu ước tính;;;\n")]                              // a note
    [InlineData(";Nguyễn Văn An;;\n")]                                         // a name in the unit column
    public void Rows_without_a_result_below_the_last_data_row_are_the_footer(string footer)
    {
        var run = CliRun.Of(["validate", "-"], "STT;Tên đơn vị;CT1;CT2\n1;Phòng Tư pháp;45;50\n" + footer);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be("<stdin>: valid, 2 rows (0 without a 2023 result).\n");
    }

    [Theory]
    [InlineData(";;45;50\n", "<stdin>:3: the unit is empty; every row needs the unit's name")]                         // a result without a unit, between data rows
    [InlineData(";;45;50\n;Phòng Nội vụ;1;1\n", "<stdin>:3: the unit is empty; every row needs the unit's name")]
    [InlineData(";;abc;\n;Phòng Nội vụ;1;1\n", "<stdin>:3: the unit is empty; every row needs the unit's name")]       // not a result, but between data rows
    [InlineData(";;7;\n;NGƯỜI LẬP BIỂU;;\n", "<stdin>:3: the unit is empty; every row needs the unit's name")]         // a number below the data is no footer
    [InlineData(";;-;\n", "<stdin>:3: the unit is empty; every row needs the unit's name")]                           // nor is "no result" (a dash)
    public void A_row_without_a_unit_is_an_error_with_its_line_when_it_holds_a_result_or_lies_between_data_rows(string rows, string problem)
    {
        var run = CliRun.Of(["assign", "-"], "STT;Tên đơn vị;CT1;CT2\n1;Phòng Tư pháp;45;50\n" + rows);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be(problem);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_header_below_row_30_is_not_looked_for_and_the_first_row_gets_the_message_it_always_had()
    {
        var titles = string.Concat(Enumerable.Range(1, 30).Select(i => $"Dòng tiêu đề {i},,\n"));
        var run = CliRun.Of(["validate", "-"], titles + "unit,indicator,result_2023\nPhòng Tư pháp,1,45\n");
        var within = CliRun.Of(["validate", "-"], titles[..titles.LastIndexOf("Dòng", StringComparison.Ordinal)] + "unit,indicator,result_2023\nPhòng Tư pháp,1,45\n");

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().StartWith("<stdin>:1: the layout is not recognised: expected the columns 'unit', 'indicator' and 'result_2023'");
        within.ExitCode.Should().Be(0, within.Error);
    }

    [Fact]
    public void A_file_with_a_header_on_line_1_and_a_missing_column_keeps_its_message()
    {
        var run = CliRun.Of(["validate", "-"], "unit,indicator,Ket qua 2O23\nPhòng Tư pháp,1,45\n");

        run.ErrorLines[0].Should().StartWith("<stdin>:1: missing the column 'result_2023': title it one of:");
        run.ErrorLines[0].Should().EndWith("is 'Ket qua 2O23' meant to be it?");
    }

    [Fact]
    public void A_workbook_is_read_from_the_first_sheet_that_holds_the_table_with_its_merged_two_row_header()
    {
        using var temp = new TempFolder();
        var path = temp.File("office.xlsx");
        Build(path, Guide(), Summary("Tổng hợp"));

        var run = CliRun.Of(["assign", path, "--verbose"]);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(CliRun.Of(["assign", "-"], Canonical).Output);
        run.ErrorLines.Should().Equal($"read sheet 'Tổng hợp' of {path}: header rows 4–5, table rows 6–7; footer rows 9–10 left out");
    }

    [Fact]
    public void A_sheet_named_with_sheet_is_read_even_when_another_holds_a_table()
    {
        using var temp = new TempFolder();
        var path = temp.File("office.xlsx");
        Build(path, Summary("Năm 2022"), Summary("Năm 2023"));

        var run = CliRun.Of(["validate", path, "--sheet", "Năm 2023", "--verbose", "--lang", "vi"]);

        run.ExitCode.Should().Be(0, run.Error);
        run.ErrorLines[0].Should().StartWith($"đã đọc trang tính 'Năm 2023' của {path}: tiêu đề ở hàng 4–5");
    }

    [Theory]
    [InlineData("en", "no sheet holds the table: none of the sheets examined ('Hướng dẫn', 'Ghi chú') has a header row naming the columns to read within its first 30 rows; choose one with --sheet NAME to see what its header misses")]
    [InlineData("vi", "không trang tính nào có bảng: không trang tính nào ('Hướng dẫn', 'Ghi chú') có dòng tiêu đề nêu các cột cần đọc trong 30 dòng đầu; hãy chọn trang tính bằng --sheet TÊN để xem tiêu đề của nó thiếu gì")]
    public void A_workbook_without_a_table_in_any_sheet_names_every_sheet_examined(string language, string problem)
    {
        using var temp = new TempFolder();
        var path = temp.File("guides.xlsx");
        Build(path, Guide(), Sheet("Ghi chú", Row(1, Inline("A1", "Tên đơn vị")), Row(2, Inline("A2", "Phòng Tư pháp"))));

        var run = CliRun.Of(["validate", path, "--lang", language]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be($"{path}:1: {problem}");
    }

    [Fact]
    public void A_workbook_of_one_sheet_without_a_header_keeps_the_message_of_its_first_row()
    {
        using var temp = new TempFolder();
        var path = temp.File("one.xlsx");
        Build(path, Sheet("Sheet1", Row(1, Inline("A1", "unit"), Inline("B1", "indicator")), Row(2, Inline("A2", "Phòng Tư pháp"), Inline("B2", "1"))));

        var run = CliRun.Of(["validate", path]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().StartWith($"{path}:1: missing the column 'result_2023'");
    }

    [Fact]
    public void The_office_sample_workbook_gives_the_expected_targets_of_its_csv()
    {
        var folder = Path.Combine(Repository.SamplesFolder, "binh-son-2023-office");

        var run = CliRun.Of(["assign", Path.Combine(folder, "results.xlsx"), "--verbose"]);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(File.ReadAllText(Path.Combine(folder, "expected.csv")));
        run.ErrorLines.Should().Equal($"read sheet 'Tổng hợp' of {Path.Combine(folder, "results.xlsx")}: header rows 7–8, table rows 10–45; footer rows 47–55 left out");
    }

    [Fact]
    public void A_signature_block_to_the_right_of_the_table_is_left_out_with_the_footer()
    {
        using var temp = new TempFolder();
        var path = temp.File("signed.xlsx");
        Build(path, Sheet(
            "Tổng hợp",
            Row(1, Inline("A1", "STT"), Inline("B1", "Tên đơn vị"), Inline("C1", "CT1"), Inline("D1", "CT2")),
            Row(2, Number("A2", "1"), Inline("B2", "Phòng Tư pháp"), Number("C2", "45.5"), Number("D2", "50")),
            Row(4, Inline("E4", "Bình Sơn, ngày 15 tháng 01 năm 2024")),
            Row(5, Inline("E5", "CHỦ TỊCH"))));

        var run = CliRun.Of(["assign", path, "--verbose"]);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(CliRun.Of(["assign", "-"], "unit,indicator,result_2023\nPhòng Tư pháp,1,45.5\nPhòng Tư pháp,2,50\n").Output);
        run.ErrorLines.Should().Equal($"read sheet 'Tổng hợp' of {path}: header row 1, table row 2; footer rows 4–5 left out");
    }

    [Fact]
    public void A_row_wider_than_the_header_between_data_rows_is_still_an_error()
    {
        using var temp = new TempFolder();
        var path = temp.File("wide.xlsx");
        Build(path, Sheet(
            "Tổng hợp",
            Row(1, Inline("A1", "Tên đơn vị"), Inline("B1", "CT1")),
            Row(2, Inline("A2", "Phòng Tư pháp"), Number("B2", "45.5")),
            Row(3, Inline("C3", "CHỦ TỊCH")),
            Row(4, Inline("A4", "Phòng Nội vụ"), Number("B4", "50"))));

        var run = CliRun.Of(["assign", path]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().StartWith($"{path}:3: the row has a value in column 3 but the header has only 2 columns");
    }

    // A guide sheet as offices put one first: text only, a unit column named but no results columns.
    private static (string Name, Row[] Rows, string[] Merges) Guide() => Sheet(
        "Hướng dẫn",
        Row(1, Inline("A1", "HƯỚNG DẪN NHẬP SỐ LIỆU")),
        Row(2, Inline("A2", "Tên đơn vị"), Inline("B2", "tên của đơn vị; các cột CT1 … CT9.2: kết quả năm 2023 (%).")));

    // The canonical results in a summary sheet: title rows, "Kết quả thực hiện năm 2023 (%)" merged over C4:E4 above
    // CT1, CT2, CT9.2, STT and Tên đơn vị merged down over rows 4 and 5, percent cells, and a footer.
    private static (string Name, Row[] Rows, string[] Merges) Summary(string name) => (name,
    [
        Row(1, Inline("A1", "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN")),
        Row(2, Inline("A2", "BẢNG TỔNG HỢP KẾT QUẢ NĂM 2023")),
        Row(4, Inline("A4", "STT"), Inline("B4", "Tên đơn vị"), Inline("C4", "Kết quả thực hiện năm 2023 (%)"), Empty("D4"), Empty("E4")),
        Row(5, Empty("A5"), Empty("B5"), Inline("C5", "CT1"), Inline("D5", "CT2"), Inline("E5", "CT9.2")),
        Row(6, Number("A6", "1"), Inline("B6", "Phòng Tư pháp"), Number("C6", "0.455", PercentStyle), Number("D6", "0.5", PercentStyle)),
        Row(7, Number("A7", "2"), Inline("B7", "UBND xã Bình Thuận"), Number("C7", "0.4", PercentStyle), Inline("E7", "N/A")),
        Row(9, Inline("D9", "Bình Sơn, ngày 15 tháng 01 năm 2024")),
        Row(10, Inline("B10", "NGƯỜI LẬP BIỂU"), Inline("D10", "THỦ TRƯỞNG ĐƠN VỊ")),
    ], ["A4:A5", "B4:B5", "C4:E4", "D9:E9"]);

    private const uint PercentStyle = 1;

    private static void Build(string path, params (string Name, Row[] Rows, string[] Merges)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }));
        var sheetList = new Sheets();
        uint id = 1;
        foreach (var (name, rows, merges) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = merges.Length == 0
                ? new Worksheet(new SheetData(rows))
                : new Worksheet(new SheetData(rows), new MergeCells(merges.Select(reference => new MergeCell { Reference = reference })));
            sheetList.AppendChild(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
        }

        workbook.Workbook = new Workbook(sheetList);
    }

    private static (string Name, Row[] Rows, string[] Merges) Sheet(string name, params Row[] rows) => (name, rows, []);

    private static Row Row(uint index, params XlsxCell[] cells) => new(cells) { RowIndex = index };

    private static XlsxCell Number(string reference, string stored, uint? style = null) =>
        new() { CellReference = reference, CellValue = new CellValue(stored), StyleIndex = style };

    // What Excel leaves in the cells a merge covers: a reference, no value.
    private static XlsxCell Empty(string reference) => new() { CellReference = reference };

    private static XlsxCell Inline(string reference, string text) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new XlsxText(text)),
    };
}
