using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Text;
using KpiTargets.Files.Xlsx;
using XlsxCell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using XlsxText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// Workbooks as Excel, LibreOffice, Google Sheets and smaller tools write them, built here with the Open XML SDK (or,
/// for what the SDK will not write, part by part): every way a cell can hold its value, and the package shapes seen in
/// ExcelDataReader's collection of real workbooks (parts at the root, names in another case or with backslashes,
/// cells without a value or without a column in their reference, password-protected files).
/// </summary>
public sealed class XlsxFromOtherToolsTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelations = "http://schemas.openxmlformats.org/package/2006/relationships";

    // Cell formats of Styles(): 0 General, 1 built-in date (14, m/d/yyyy), 2 custom date, 3 built-in date and time (22),
    // 4 custom time, 5 elapsed hours (a duration), 6 percent, 7 a custom number format with text in quotes.
    private const uint DateStyle = 1;
    private const uint CustomDateStyle = 2;
    private const uint DateTimeStyle = 3;
    private const uint TimeStyle = 4;
    private const uint ElapsedStyle = 5;
    private const uint PercentStyle = 6;
    private const uint QuotedTextStyle = 7;

    [Fact]
    public void Shared_strings_rich_text_runs_and_inline_strings_read_as_their_text()
    {
        using var temp = new TempFolder();
        var path = temp.File("strings.xlsx");
        Build(path, Sheet("Sheet1",
            Row(1, Shared("A1", 0), Shared("B1", 1), Inline("C1", "result_2023")),
            Row(2, Shared("A2", 2), Shared("B2", 3), InlineRich("C2", "45", ".15"))));

        Read(path).Should().Equal("1: unit|indicator|result_2023", "2: UBND xã Bình Thuận|1|45.15");
    }

    [Fact]   // Excel computes 50 as 49.999999999999993 and shows 50: the analyst's 50 must take clause b, as they see it
    public void A_number_cell_reads_as_excel_shows_it_with_15_significant_digits()
    {
        using var temp = new TempFolder();
        var path = temp.File("computed.xlsx");
        Build(path, Sheet("Sheet1",
            Row(1, Inline("A1", "unit"), Inline("B1", "indicator"), Inline("C1", "result_2023")),
            Row(2, Inline("A2", "Phòng Tư pháp"), Number("B2", "2"), Number("C2", "49.999999999999993")),
            Row(3, Inline("A3", "UBND xã Bình Thuận"), Number("B3", "1"), Number("C3", "45.149999999999999"))));

        var run = CliRun.Of(["assign", path, "--output-layout", "canonical"]);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be("unit,indicator,result_2023,central_target,target_2024,rule\nPhòng Tư pháp,2,50,50,55,b\nUBND xã Bình Thuận,1,45.15,45,49.67,b\n");
    }

    [Fact]   // a cell of a few kilobytes on disk may inflate to gigabytes: refused at a CSV record's limit
    public void A_cell_of_more_than_a_mebibyte_of_text_is_refused_not_held()
    {
        using var temp = new TempFolder();
        var path = temp.File("big-cell.xlsx");
        Build(path, Sheet("Sheet1",
            Row(1, Inline("A1", "unit"), Inline("B1", "indicator"), Inline("C1", "result_2023")),
            Row(2, Inline("A2", new string('x', (1 << 20) + 1)), Number("B2", "1"), Number("C2", "45"))));

        var problems = ReadProblems(path);

        problems.Should().Equal((1L, Messages.English.NotAWorkbook("a cell holds more than 1 Mi characters of text")));
    }

    [Fact]   // shared strings are held for the whole read, so their text is capped
    public void Shared_strings_of_more_than_128_mebi_characters_are_refused()
    {
        using var temp = new TempFolder();
        var path = temp.File("many-strings.xlsx");
        var item = $"<si><t>{new string('x', 1 << 20)}</t></si>";
        WritePackage(path, "xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}">""", item, 129, "</sst>");

        ReadProblems(path).Should().Equal((1L, Messages.English.NotAWorkbook("its shared strings hold more than 128 Mi characters of text")));
    }

    [Fact]   // a zip bomb: a part of a few megabytes on disk that inflates past the stated limit
    public void A_workbook_whose_parts_inflate_past_a_gibibyte_is_refused()
    {
        using var temp = new TempFolder();
        var path = temp.File("bomb.xlsx");
        WritePackage(path, "xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}">""", new string(' ', 1 << 20), 1025, "</styleSheet>");

        new FileInfo(path).Length.Should().BeLessThan(20 << 20);
        ReadProblems(path).Should().Equal((1L, Messages.English.NotAWorkbook("its parts inflate to more than 1 GiB")));
    }

    [Fact]   // what Excel, LibreOffice and Google Sheets store for a formula: the formula and its last result
    public void Formula_cells_read_as_their_cached_results()
    {
        using var temp = new TempFolder();
        var path = temp.File("formulas.xlsx");
        Build(path, Sheet("Sheet1",
            Row(1, Inline("A1", "number"), Inline("B1", "text"), Inline("C1", "boolean"), Inline("D1", "error")),
            Row(2,
                Formula("A2", "B3*2", "91.3", null),
                Formula("B2", "CONCATENATE(\"45\",\".5\")", "45.5", CellValues.String),
                Formula("C2", "1<2", "1", CellValues.Boolean),
                Formula("D2", "1/0", "#DIV/0!", CellValues.Error))));

        Read(path).Should().Equal("1: number|text|boolean|error", "2: 91.3|45.5|TRUE|#DIV/0!");
    }

    [Fact]   // a program that writes formulas without calculating them leaves no result: reading one as "no result" would be a wrong answer
    public void A_formula_without_a_saved_result_is_a_problem_on_its_row_that_says_to_save_the_workbook_in_excel()
    {
        using var temp = new TempFolder();
        var path = temp.File("uncalculated.xlsx");
        Build(path, Sheet("Sheet1",
            Row(1, Inline("A1", "unit"), Inline("B1", "indicator"), Inline("C1", "result_2023")),
            Row(2, Inline("A2", "Phòng Tư pháp"), Number("B2", "1"), Number("C2", "45.15")),
            Row(3, Inline("A3", "UBND xã Bình Thuận"), Number("B3", "1"), new XlsxCell(new CellFormula("C2+1")) { CellReference = "C3" })));

        var run = CliRun.Of(["validate", path]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be($"{path}:3: {Messages.English.FormulaWithoutResult("C3")}");
    }

    [Fact]
    public void An_error_cell_in_the_results_is_a_result_that_is_not_a_number_on_its_row()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.xlsx");
        Build(path, Sheet("Kết quả",
            Row(1, Inline("A1", "unit"), Inline("B1", "indicator"), Inline("C1", "result_2023")),
            Row(2, Inline("A2", "Phòng Tư pháp"), Number("B2", "1"), Number("C2", "45.15")),
            Row(3, Inline("A3", "UBND xã Bình Thuận"), Number("B3", "1"), Formula("C3", "D3/E3", "#DIV/0!", CellValues.Error)),
            Row(4, Inline("A4", "UBND xã Bình Hải"), Number("B4", "1"), new XlsxCell { CellReference = "C4", DataType = CellValues.Error, CellValue = new CellValue("#N/A") })));

        var run = CliRun.Of(["validate", path]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().StartWith([
            $"{path}:3: {Messages.English.NotANumber("#DIV/0!")}",
            $"{path}:4: {Messages.English.NotANumber("#N/A")}",
        ]);
    }

    [Fact]   // dates are numbers shown as dates: they read as the date shown, in ISO 8601
    public void A_number_shown_as_a_date_or_a_time_reads_as_the_date_or_time_shown()
    {
        using var temp = new TempFolder();
        var path = temp.File("dates.xlsx");
        Build(path, Sheet("Sheet1",
            Row(1, Inline("A1", "date"), Inline("B1", "custom"), Inline("C1", "date and time"), Inline("D1", "time"), Inline("E1", "duration"), Inline("F1", "percent"), Inline("G1", "quoted"), Inline("H1", "ISO cell")),
            Row(2,
                Number("A2", "45291", DateStyle),
                Number("B2", "45291", CustomDateStyle),
                Number("C2", "39814.458333333336", DateTimeStyle),
                Number("D2", "0.45833333333333331", TimeStyle),
                Number("E2", "1.5", ElapsedStyle),
                Number("F2", "0.455", PercentStyle),
                Number("G2", "7", QuotedTextStyle),
                new XlsxCell { CellReference = "H2", DataType = CellValues.Date, CellValue = new CellValue("2009-01-01T11:00:00.00000020954757600") }),
            Row(3,
                Number("A3", "59", DateStyle),
                Number("B3", "60", DateStyle),
                Number("C3", "61", DateStyle),
                Number("D3", "1.75", TimeStyle),
                Number("E3", "-1", DateStyle),
                Number("F3", "2958466", DateStyle),
                Number("G3", "2958465.99999999", DateStyle),
                new XlsxCell { CellReference = "H3", DataType = CellValues.Date, CellValue = new CellValue("2023-12-31"), StyleIndex = DateStyle })));

        Read(path).Should().Equal(
            "1: date|custom|date and time|time|duration|percent|quoted|ISO cell",
            "2: 2023-12-31|2023-12-31|2009-01-01 11:00:00|11:00:00|1.5|45.5|7|2009-01-01 11:00:00",
            "3: 1900-02-28|1900-02-29|1900-03-01|18:00:00|-1|2958466|2958465.99999999|2023-12-31");
    }

    [Fact]   // the 1904 date system of old Mac workbooks: the same date is a serial 1462 days smaller
    public void A_workbook_in_the_1904_date_system_reads_its_dates_from_1904()
    {
        using var temp = new TempFolder();
        var path = temp.File("mac.xlsx");
        Build(path, [Sheet("Sheet1", Row(1, Number("A1", "43829", DateStyle), Number("B1", "43829")))], date1904: true);

        Read(path).Should().Equal("1: 2023-12-31|43829");
    }

    [Fact]
    public void A_date_in_the_results_is_a_result_that_is_not_a_number()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.xlsx");
        Build(path, Sheet("Sheet1",
            Row(1, Inline("A1", "unit"), Inline("B1", "indicator"), Inline("C1", "result_2023")),
            Row(2, Inline("A2", "Phòng Tư pháp"), Number("B2", "1"), Number("C2", "45291", DateStyle))));

        var run = CliRun.Of(["validate", path]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be($"{path}:2: {Messages.English.NotANumber("2023-12-31")}");
    }

    [Fact]   // a lookup list or a template's settings on a hidden first tab is not the data
    public void A_hidden_sheet_is_passed_over_by_default_and_read_when_named()
    {
        using var temp = new TempFolder();
        var path = temp.File("hidden.xlsx");
        Build(path,
            Sheet("Danh mục", SheetStateValues.Hidden, Row(1, Inline("A1", "hidden"))),
            Sheet("Cài đặt", SheetStateValues.VeryHidden, Row(1, Inline("A1", "very hidden"))),
            Sheet("Kết quả", Row(1, Inline("A1", "visible"))));

        Read(path).Should().Equal("1: visible");
        Read(path, "danh mục").Should().Equal("1: hidden");
        Read(path, "Cài đặt").Should().Equal("1: very hidden");
    }

    [Fact]
    public void A_workbook_whose_sheets_are_all_hidden_reads_from_the_first()
    {
        using var temp = new TempFolder();
        var path = temp.File("all-hidden.xlsx");
        Build(path, Sheet("A", SheetStateValues.Hidden, Row(1, Inline("A1", "first"))), Sheet("B", SheetStateValues.Hidden, Row(1, Inline("A1", "second"))));

        Read(path).Should().Equal("1: first");
    }

    [Fact]   // Excel keeps the value of a merged range in its top-left cell; the others are empty or absent
    public void Merged_cells_read_as_the_value_in_their_first_cell_and_empty_cells()
    {
        using var temp = new TempFolder();
        var path = temp.File("merged.xlsx");
        Build(path, Sheet("Sheet1",
            [
                Row(1, Inline("A1", "unit"), Inline("B1", "indicator"), Inline("C1", "result_2023")),
                Row(2, Inline("A2", "Phòng Tư pháp"), Number("B2", "1"), Number("C2", "45")),
                Row(3, new XlsxCell { CellReference = "A3", StyleIndex = 0 }, Number("B3", "2"), Number("C3", "50")),
                Row(4, Inline("A4", "Tổng"), new XlsxCell { CellReference = "B4" }, new XlsxCell { CellReference = "C4" }),
            ],
            new MergeCells(new MergeCell { Reference = "A2:A3" }, new MergeCell { Reference = "A4:C4" }) { Count = 2 }));

        Read(path).Should().Equal("1: unit|indicator|result_2023", "2: Phòng Tư pháp|1|45", "3: |2|50", "4: Tổng||");
    }

    [Fact]   // the dimension is a hint some writers get wrong (or never update); the rows and cells are the truth
    public void A_dimension_that_lies_limits_nothing()
    {
        using var temp = new TempFolder();
        var path = temp.File("dimension.xlsx");
        Build(path, new SheetSpec("Sheet1", null,
            [
                new SheetDimension { Reference = "A1:A1" },
                new SheetData(
                    Row(1, Inline("A1", "unit"), Inline("B1", "indicator"), Inline("C1", "result_2023")),
                    Row(40, Inline("A40", "Phòng Tư pháp"), Number("B40", "1"), Number("C40", "45"))),
            ]));

        Read(path).Should().Equal("1: unit|indicator|result_2023", "40: Phòng Tư pháp|1|45");
    }

    [Fact]   // r is optional on rows and cells (NPOI, some exporters); a row or cell without it follows the one before
    public void Rows_and_cells_without_references_follow_the_ones_before_them()
    {
        using var temp = new TempFolder();
        var path = temp.File("no-references.xlsx");
        Build(path, Sheet("Sheet1",
            new Row(new XlsxCell { DataType = CellValues.InlineString, InlineString = new InlineString(new XlsxText("unit")) }, InlineNoReference("indicator"), InlineNoReference("result_2023")),
            new Row(InlineNoReference("Phòng Tư pháp"), NumberNoReference("1"), NumberNoReference("45.15")),
            Row(5, InlineNoReference("UBND xã Bình Thuận"), Number("C5", "62.5"), NumberNoReference("7")),
            new Row(Number("B6", "2"), NumberNoReference("50"))));

        Read(path).Should().Equal(
            "1: unit|indicator|result_2023",
            "2: Phòng Tư pháp|1|45.15",
            "6: |2|50");
        ReadProblems(path).Should().ContainSingle().Which.Should().Be((5L, Messages.English.WorkbookRowTooWide(4, 3)));
    }

    [Fact]   // Google Sheets: no document properties, state="visible", numbers as 45.0, formatted blanks as <c s="1"/>
    public void A_workbook_shaped_as_Google_Sheets_exports_reads()
    {
        using var temp = new TempFolder();
        var path = temp.File("google.xlsx");
        File.WriteAllBytes(path, Package(
            ("[Content_Types].xml", ContentTypes("/xl/workbook.xml", "/xl/worksheets/sheet1.xml")),
            ("_rels/.rels", Rels(("rId1", "officeDocument", "xl/workbook.xml"))),
            ("xl/_rels/workbook.xml.rels", Rels(("rId1", "styles", "styles.xml"), ("rId2", "sharedStrings", "sharedStrings.xml"), ("rId3", "worksheet", "worksheets/sheet1.xml"))),
            ("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="{Relations}"><workbookPr/><sheets><sheet state="visible" name="Kết quả" sheetId="1" r:id="rId3"/></sheets><definedNames/><calcPr/></workbook>"""),
            ("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font><sz val="10.0"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs><cellXfs count="2"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" shrinkToFit="0" vertical="bottom" wrapText="0"/></xf><xf borderId="0" fillId="0" fontId="0" numFmtId="164" xfId="0" applyAlignment="1" applyFont="1" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles></styleSheet>"""),
            ("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{Main}" count="4" uniqueCount="4"><si><t>unit</t></si><si><t>indicator</t></si><si><t>result_2023</t></si><si><t>Phòng Tư pháp</t></si></sst>"""),
            ("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}" xmlns:r="{Relations}"><sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/><sheetData><row r="1"><c t="s" r="A1"><v>0</v></c><c t="s" r="B1"><v>1</v></c><c t="s" r="C1"><v>2</v></c><c s="1" r="D1"/></row><row r="2"><c t="s" r="A2"><v>3</v></c><c r="B2"><v>1.0</v></c><c s="1" r="C2"><v>0.4515</v></c><c s="1" r="D2"/></row><row r="3"><c s="1" r="A3"/><c s="1" r="B3"/></row></sheetData><drawing r:id="rId1"/></worksheet>""")));

        Read(path).Should().Equal("1: unit|indicator|result_2023", "2: Phòng Tư pháp|1|45.15");
        CliRun.Of(["validate", path]).ExitCode.Should().Be(0);
    }

    [Fact]   // LibreOffice Calc: every row and cell attribute spelled out, formulas with t="str", t="e" and t="b" results
    public void A_workbook_shaped_as_LibreOffice_saves_it_reads()
    {
        using var temp = new TempFolder();
        var path = temp.File("libreoffice.xlsx");
        const string RowAttributes = """customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false" """;
        File.WriteAllBytes(path, Package(
            ("[Content_Types].xml", ContentTypes("/xl/workbook.xml", "/xl/worksheets/sheet1.xml")),
            ("_rels/.rels", Rels(("rId1", "officeDocument", "xl/workbook.xml"))),
            ("xl/_rels/workbook.xml.rels", Rels(("rId1", "styles", "styles.xml"), ("rId2", "worksheet", "worksheets/sheet1.xml"), ("rId3", "sharedStrings", "sharedStrings.xml"))),
            ("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="{Relations}"><fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/><workbookProtection/><bookViews><workbookView showHorizontalScroll="true" activeTab="0"/></bookViews><sheets><sheet name="Sheet1" sheetId="1" state="visible" r:id="rId2"/></sheets><calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/></workbook>"""),
            ("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{Main}"><numFmts count="2"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="DD/MM/YYYY"/></numFmts><fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyFont="true" applyBorder="true" applyAlignment="true" applyProtection="true"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""),
            ("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{Main}" count="5" uniqueCount="5"><si><t xml:space="preserve">unit</t></si><si><t xml:space="preserve">indicator</t></si><si><t xml:space="preserve">result_2023</t></si><si><t xml:space="preserve">note</t></si><si><r><rPr><b val="true"/><sz val="10"/><rFont val="Arial"/></rPr><t xml:space="preserve">Phòng </t></r><r><rPr><sz val="10"/><rFont val="Arial"/></rPr><t xml:space="preserve">Tư pháp</t></r></si></sst>"""),
            ("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}" xmlns:r="{Relations}"><sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:D4"/><sheetData><row r="1" {RowAttributes}><c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0" t="s"><v>1</v></c><c r="C1" s="0" t="s"><v>2</v></c><c r="D1" s="0" t="s"><v>3</v></c></row><row r="2" {RowAttributes}><c r="A2" s="0" t="s"><v>4</v></c><c r="B2" s="0" t="n"><v>1</v></c><c r="C2" s="0" t="str"><f aca="false">TEXT(45.15;"0.00")</f><v>45.15</v></c><c r="D2" s="1" t="n"><v>45291</v></c></row><row r="3" {RowAttributes}><c r="A3" s="0" t="s"><v>4</v></c><c r="B3" s="0" t="n"><v>2</v></c><c r="C3" s="0" t="e"><f aca="false">1/0</f><v>#DIV/0!</v></c><c r="D3" s="0" t="b"><f aca="false">TRUE()</f><v>1</v></c></row></sheetData><printOptions headings="false"/></worksheet>""")));

        Read(path).Should().Equal(
            "1: unit|indicator|result_2023|note",
            "2: Phòng Tư pháp|1|45.15|2023-12-31",
            "3: Phòng Tư pháp|2|#DIV/0!|TRUE");
    }

    [Fact]   // ExcelDataReader's Test_git_issue_629: parts beside [Content_Types].xml, shared-string cells with no value
    public void A_workbook_with_its_parts_at_the_package_root_and_shared_string_cells_without_a_value_reads()
    {
        using var temp = new TempFolder();
        var path = temp.File("root.xlsx");
        File.WriteAllBytes(path, Package(
            ("[Content_Types].xml", ContentTypes("/workbook.xml", "/sheet1.xml")),
            ("_rels/.rels", Rels(("rId1", "officeDocument", "workbook.xml"))),
            ("_rels/workbook.xml.rels", Rels(("rId1", "worksheet", "sheet1.xml"), ("sst", "sharedStrings", "sharedStrings.xml"), ("styles", "styles", "styles.xml"))),
            ("workbook.xml", $"""<?xml version="1.0" encoding="utf-8"?><workbook xmlns="{Main}" xmlns:r="{Relations}"><bookViews><workbookView /></bookViews><sheets><sheet name="executions" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
            ("sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}" count="5" uniqueCount="5"><si><t>unit</t></si><si><t>indicator</t></si><si><t>result_2023</t></si><si><t></t></si><si><t>Phòng Tư pháp</t></si></sst>"""),
            ("styles.xml", $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="167" formatCode="dd.mm.yyyy" /></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="167"/></cellXfs></styleSheet>"""),
            ("sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}" xmlns:r="{Relations}"><sheetData><row r='1'><c r='A1' t='s' s='0'><v>0</v></c><c r='B1' t='s'><v>1</v></c><c r='C1' t='s'><v>2</v></c><c r='D1' t='s' s='1'></c><c r='E1' t='s'/></row><row r='2'><c r='A2' t='s'><v>4</v></c><c r='B2'><v>1</v></c><c r='C2'><v>45.15</v></c><c r='D2' t='s'><v>3</v></c><c r='E2' t='s' s='1'></c></row><row r='3'><c r='A3' t='s'></c><c r='B3' t='s'/></row></sheetData></worksheet>""")));

        Read(path).Should().Equal("1: unit|indicator|result_2023", "2: Phòng Tư pháp|1|45.15");
        CliRun.Of(["validate", path]).ExitCode.Should().Be(0);
    }

    [Fact]   // ExcelDataReader's Test_git_issue_301 and _385: part names in another case, or with Windows separators
    public void Part_names_in_another_case_or_with_backslashes_are_found()
    {
        using var temp = new TempFolder();
        foreach (var (name, separator, workbookName, sheetName) in new[] { ("case.xlsx", "/", "WorkBook.xml", "WorkSheets/SHEET1.XML"), ("backslash.xlsx", "\\", "workbook.xml", "worksheets\\sheet1.xml") })
        {
            var path = temp.File(name);
            File.WriteAllBytes(path, Package(
                ("[Content_Types].xml", ContentTypes("/xl/workbook.xml", "/xl/worksheets/sheet1.xml")),
                ($"_rels{separator}.rels", Rels(("rId1", "officeDocument", "xl/workbook.xml"))),
                ($"xl{separator}_rels{separator}{workbookName}.rels", Rels(("rId1", "worksheet", "worksheets/sheet1.xml"))),
                ($"xl{separator}{workbookName}", $"""<workbook xmlns="{Main}" xmlns:r="{Relations}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
                ($"xl{separator}{sheetName}", $"""<worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{name}</t></is></c></row></sheetData></worksheet>""")));

            Read(path).Should().Equal($"1: {name}");
        }
    }

    [Fact]   // ExcelDataReader's Fillreport.xlsx: a report generator numbers cells r="0", r="1"… without column letters
    public void Cell_references_without_a_column_letter_follow_the_cell_before()
    {
        using var temp = new TempFolder();
        var path = temp.File("numbered.xlsx");
        File.WriteAllBytes(path, Package(
            ("_rels/.rels", Rels(("R1", "officeDocument", "/xl/workbook.xml"))),
            ("xl/_rels/workbook.xml.rels", Rels(("Sheet1", "worksheet", "/xl/worksheets/sheet.xml"))),
            ("xl/workbook.xml", $"""<x:workbook xmlns:x="{Main}"><x:sheets><x:sheet name="Fill report" sheetId="1" r:id="Sheet1" xmlns:r="{Relations}" /></x:sheets></x:workbook>"""),
            ("xl/worksheets/sheet.xml", $"""<x:worksheet xmlns:x="{Main}"><x:sheetData><x:row r="1"><x:c r="0" t="str"><x:v>unit</x:v></x:c><x:c r="1" t="str"><x:v>indicator</x:v></x:c><x:c r="2" t="str"><x:v>result_2023</x:v></x:c></x:row><x:row r="2"><x:c r="0" t="str"><x:v>Phòng Tư pháp</x:v></x:c><x:c r="1"><x:v>1</x:v></x:c><x:c r="2"><x:v>45.15</x:v></x:c></x:row></x:sheetData></x:worksheet>""")));

        Read(path).Should().Equal("1: unit|indicator|result_2023", "2: Phòng Tư pháp|1|45.15");
    }

    [Fact]   // a chart sheet first (a dashboard tab), then the data
    public void A_chart_sheet_first_is_passed_over_for_the_first_worksheet()
    {
        using var temp = new TempFolder();
        var path = temp.File("chart-first.xlsx");
        File.WriteAllBytes(path, Package(
            ("_rels/.rels", Rels(("rId1", "officeDocument", "xl/workbook.xml"))),
            ("xl/_rels/workbook.xml.rels", Rels(("rId1", "chartsheet", "chartsheets/sheet1.xml"), ("rId2", "worksheet", "worksheets/sheet1.xml"))),
            ("xl/workbook.xml", $"""<workbook xmlns="{Main}" xmlns:r="{Relations}"><sheets><sheet name="Biểu đồ" sheetId="1" r:id="rId1"/><sheet name="Số liệu" sheetId="2" r:id="rId2"/></sheets></workbook>"""),
            ("xl/chartsheets/sheet1.xml", $"""<chartsheet xmlns="{Main}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>"""),
            ("xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>data</t></is></c></row></sheetData></worksheet>""")));

        Read(path).Should().Equal("1: data");
        ReadProblems(path, "Biểu đồ").Should().ContainSingle().Which.Message.Should().Be(Messages.English.SheetNotFound("Biểu đồ", "Số liệu"), "a chart sheet has no rows to read");
    }

    public static TheoryData<string, byte[], string> CompoundFiles() => new()
    {
        // What Excel writes for "Encrypt with Password": an OLE compound file holding EncryptionInfo and EncryptedPackage.
        { "password", CompoundFile("EncryptionInfo", "EncryptedPackage"), "it is protected with a password; open it in Excel, remove the password (File › Info › Protect Workbook) and save it again" },
        // An Excel 97-2003 workbook renamed: a compound file holding a Workbook stream.
        { "xls", CompoundFile("Workbook", "SummaryInformation"), "it is an Excel 97-2003 workbook (.xls) with an .xlsx name; open it in Excel and save it as an Excel Workbook (.xlsx)" },
    };

    [Theory, MemberData(nameof(CompoundFiles))]
    public void A_password_protected_workbook_or_an_xls_file_is_named_as_such(string what, byte[] bytes, string reason)
    {
        using var temp = new TempFolder();
        var path = temp.File($"{what}.xlsx");
        File.WriteAllBytes(path, bytes);

        var run = CliRun.Of(["validate", path]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be($"{path}:1: {Messages.English.NotAWorkbook(reason)}");
    }

    [Fact]   // the same file from standard input, which is copied to a seekable temporary file first
    public void A_password_protected_workbook_on_standard_input_is_named_as_such()
    {
        var problems = new ProblemLog();
        var bytes = CompoundFile("EncryptionInfo", "EncryptedPackage");

        XlsxRecords.Read(new InputSource("<stdin>", () => new ForwardOnly(bytes)), InputOptions.Default, problems).Should().BeEmpty();

        problems.Kept.Should().ContainSingle().Which.Message.Should().Contain("protected with a password");
    }

    // A compound file as far as the reader looks: the signature, then directory entries naming the streams.
    private static byte[] CompoundFile(params string[] streams)
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        for (var i = 0; i < streams.Length; i++)
        {
            Encoding.Unicode.GetBytes(streams[i]).CopyTo(bytes, 1024 + (128 * (i + 1)));
        }

        return bytes;
    }

    private static List<string> Read(string path, string? sheet = null)
    {
        var problems = new ProblemLog();
        var records = XlsxRecords.Read(InputSource.FromFile(path), new InputOptions { Sheet = sheet }, problems).ToList();
        problems.Kept.Where(p => p.Message.StartsWith(Messages.English.NotAWorkbook(""), StringComparison.Ordinal)).Should().BeEmpty();
        return [.. records.Select(r => $"{r.Line}: {string.Join("|", r.Fields)}")];
    }

    private static List<(long Line, string Message)> ReadProblems(string path, string? sheet = null)
    {
        var problems = new ProblemLog();
        _ = XlsxRecords.Read(InputSource.FromFile(path), new InputOptions { Sheet = sheet }, problems).ToList();
        return [.. problems.Kept.Select(p => (p.Line, p.Message))];
    }

    private sealed record SheetSpec(string Name, SheetStateValues? State, OpenXmlElement[] Content);

    private static SheetSpec Sheet(string name, params Row[] rows) => new(name, null, [new SheetData(rows)]);

    private static SheetSpec Sheet(string name, SheetStateValues state, params Row[] rows) => new(name, state, [new SheetData(rows)]);

    private static SheetSpec Sheet(string name, Row[] rows, params OpenXmlElement[] after) => new(name, null, [new SheetData(rows), .. after]);

    private static void Build(string path, params SheetSpec[] sheets) => Build(path, sheets, date1904: false);

    // A workbook as Excel saves it: shared strings, styles, and the sheets in tab order.
    private static void Build(string path, SheetSpec[] sheets, bool date1904)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = SharedStrings();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheetList = new Sheets();
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(sheet.Content);
            sheetList.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = sheet.Name, SheetId = id++, Id = workbook.GetIdOfPart(part), State = sheet.State });
        }

        workbook.Workbook = date1904 ? new Workbook(new WorkbookProperties { Date1904 = true }, sheetList) : new Workbook(sheetList);
    }

    private static SharedStringTable SharedStrings() => new(
        new SharedStringItem(new XlsxText("unit")),
        new SharedStringItem(new XlsxText("indicator")),
        new SharedStringItem(
            new Run(new RunProperties(new Bold()), new XlsxText("UBND xã ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new RunProperties(new Italic()), new XlsxText("Bình Thuận"))),
        new SharedStringItem(new XlsxText("1")));

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy;@" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "[$-F400]h:mm:ss\\ AM/PM" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "[h]:mm" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = "0 \"ngày\"" }) { Count = 4 },
        new Fonts(new Font()),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 167, ApplyNumberFormat = true }));

    private static Row Row(uint index, params XlsxCell[] cells) => new(cells) { RowIndex = index };

    private static XlsxCell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };

    private static XlsxCell Number(string reference, string stored, uint? style = null) =>
        new() { CellReference = reference, CellValue = new CellValue(stored), StyleIndex = style };

    private static XlsxCell NumberNoReference(string stored) => new() { CellValue = new CellValue(stored) };

    private static XlsxCell Inline(string reference, string text) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new XlsxText(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static XlsxCell InlineNoReference(string text) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new XlsxText(text)) };

    private static XlsxCell InlineRich(string reference, params string[] runs) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString([.. runs.Select(run => new Run(new XlsxText(run)))]),
    };

    private static XlsxCell Formula(string reference, string formula, string cached, CellValues? type) =>
        new(new CellFormula(formula), new CellValue(cached)) { CellReference = reference, DataType = type };

    private static string ContentTypes(string workbook, string worksheet) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="{workbook}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="{worksheet}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""";

    private static string Rels(params (string Id, string Kind, string Target)[] relationships) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PackageRelations}">{string.Concat(relationships.Select(r => $"""<Relationship Id="{r.Id}" Type="{Relations}/{r.Kind}" Target="{r.Target}"/>"""))}</Relationships>""";

    // A one-sheet workbook with a shared strings part and a styles part, one of which (big) is written as its start,
    // a piece repeated, and its end: parts of any size, streamed to disk.
    private static void WritePackage(string path, string big, string start, string piece, int times, string end)
    {
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        (string Name, string Content)[] parts =
        [
            ("[Content_Types].xml", ContentTypes("/xl/workbook.xml", "/xl/worksheets/sheet1.xml")),
            ("_rels/.rels", Rels(("rId1", "officeDocument", "xl/workbook.xml"))),
            ("xl/_rels/workbook.xml.rels", Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "sharedStrings", "sharedStrings.xml"), ("rId3", "styles", "styles.xml"))),
            ("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{Relations}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
            ("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>unit</t></is></c></row></sheetData></worksheet>"""),
            ("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}"></sst>"""),
            ("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}"></styleSheet>"""),
        ];
        foreach (var (name, content) in parts)
        {
            using var entry = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            if (name != big)
            {
                entry.Write(content);
                continue;
            }

            entry.Write(start);
            for (var i = 0; i < times; i++)
            {
                entry.Write(piece);
            }

            entry.Write(end);
        }
    }

    private static byte[] Package(params (string Name, string Content)[] parts)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return bytes.ToArray();
    }

    /// <summary>Standard input's shape: it reads forward only.</summary>
    private sealed class ForwardOnly(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
