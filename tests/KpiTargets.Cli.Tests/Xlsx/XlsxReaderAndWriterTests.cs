using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Text;
using KpiTargets.Files.Xlsx;
using OutputCell = KpiTargets.Files.Tables.Cell;
using XlsxCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// <see cref="XlsxRecords"/> and <see cref="XlsxTableWriter"/> on their own, without the CLI around them: what each
/// way Excel stores a cell reads as, and what the writer puts in the package. The CLI-level workbook tests are in
/// <c>XlsxTests</c>.
/// </summary>
public sealed class XlsxReaderAndWriterTests
{
    private const uint PercentStyle = 1;
    private const uint CustomPercentStyle = 2;

    [Fact]
    public void A_table_written_as_a_workbook_reads_back_with_the_same_text()
    {
        using var temp = new TempFolder();
        var path = temp.File("table.xlsx");
        WriteTable(path, [
            ["unit", "indicator", "result_2023", "note"],
            ["UBND xã Bình Thuận", OutputCell.Of(1m), OutputCell.Of(49.67m), ""],
            ["=1+1", OutputCell.Of(9.1m), OutputCell.Of((decimal?)null), "  kept  "],
        ]);

        var (records, problems) = ReadAll(InputSource.FromFile(path));

        problems.Count.Should().Be(0);
        records.Select(r => r.Line).Should().Equal(1, 2, 3);
        records[0].Fields.Should().Equal("unit", "indicator", "result_2023", "note");
        records[1].Fields.Should().Equal("UBND xã Bình Thuận", "1", "49.67", "");
        records[2].Fields.Should().Equal("=1+1", "9.1", "", "  kept  ");
    }

    [Fact]
    public void The_writer_stores_numbers_as_numeric_cells_and_text_never_as_a_formula()
    {
        using var temp = new TempFolder();
        var path = temp.File("table.xlsx");
        WriteTable(path, [["unit", "result_2023"], ["=1+1", OutputCell.Of(49.67m)], ["+SUM(A1:A2)", OutputCell.Of(100m)]]);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        worksheet.Descendants<CellFormula>().Should().BeEmpty("text that starts with = or + is data, never a formula");
        var rows = worksheet.Descendants<Row>().Select(row => row.Elements<XlsxCell>().ToList()).ToList();
        rows[1][0].DataType!.Value.Should().Be(CellValues.InlineString);
        rows[1][0].InlineString!.InnerText.Should().Be("=1+1");
        rows[1][1].DataType!.Value.Should().Be(CellValues.Number);
        rows[1][1].CellValue!.Text.Should().Be("49.67");
        rows[2][1].CellValue!.Text.Should().Be("100");
    }

    [Fact]
    public void The_writer_gives_a_bold_frozen_header_column_widths_and_an_autofilter()
    {
        using var temp = new TempFolder();
        var path = temp.File("table.xlsx");
        WriteTable(path, [["unit", "indicator", "result_2023"], ["A", OutputCell.Of(1m), OutputCell.Of(50m)]], "targets_2024", [40, 10, 12]);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        workbook.Workbook.Descendants<Sheet>().Single().Name!.Value.Should().Be("targets_2024");
        var worksheet = workbook.WorksheetParts.Single().Worksheet;
        var pane = worksheet.Descendants<Pane>().Single();
        pane.State!.Value.Should().Be(PaneStateValues.Frozen);
        pane.VerticalSplit!.Value.Should().Be(1);
        pane.TopLeftCell!.Value.Should().Be("A2");
        worksheet.Descendants<Column>().Select(c => c.Width!.Value).Should().Equal(40, 10, 12);
        worksheet.Elements<AutoFilter>().Single().Reference!.Value.Should().Be("A1:C2");
        var headerStyle = worksheet.Descendants<Row>().First().Elements<XlsxCell>().First().StyleIndex!.Value;
        var font = workbook.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>()
            .ElementAt((int)workbook.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)headerStyle).FontId!.Value);
        font.Bold.Should().NotBeNull("the header row is bold");
    }

    [Fact]   // what Excel opens without a repair prompt: the Open XML SDK's schema validation finds nothing
    public void The_written_workbook_is_valid_open_xml()
    {
        using var temp = new TempFolder();
        var path = temp.File("table.xlsx");
        WriteTable(path, [["unit", "result_2023", "note"], ["=1+1", OutputCell.Of(49.67m), "a\u000Bb _x0041_"], ["B", OutputCell.Of((decimal?)null), ""]]);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);

        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(error => $"{error.Path?.XPath}: {error.Description}")
            .Should().BeEmpty();
    }

    [Fact]
    public void The_writer_leaves_the_destination_open_with_the_whole_workbook_in_it()
    {
        using var destination = new MemoryStream();

        using (var writer = new XlsxTableWriter(destination, "targets_2024", [10]))
        {
            writer.WriteRow(["unit"]);
            writer.WriteRow(["Phòng Tư pháp"]);
        }

        destination.CanWrite.Should().BeTrue("the caller owns the stream and disposes it, as with CSV");
        destination.Position = 0;
        var (records, problems) = ReadAll(new InputSource("targets.xlsx", () => new MemoryStream(destination.ToArray())));
        problems.Count.Should().Be(0);
        records.Select(r => r.Fields[0]).Should().Equal("unit", "Phòng Tư pháp");
    }

    [Fact]
    public void Cells_stored_the_way_Excel_stores_them_read_as_the_analyst_typed_them()
    {
        using var temp = new TempFolder();
        var path = temp.File("excel.xlsx");
        BuildWorkbook(path, ("Kết quả 2023", [
            Row(1, Shared("A1", 0), Shared("B1", 1), Shared("C1", 2)),
            Row(3, Shared("A3", 3), Number("B3", "1"), Number("C3", "45.149999999999999")),
            Row(4, Shared("A4", 6)),
            Row(5, Shared("A5", 4), Number("C5", "0.45500000000000002", PercentStyle)),
            Row(6, Shared("A6", 5), Number("B6", "9.1"), Number("C6", "1", CustomPercentStyle)),
            Row(7, Inline("A7", "Phòng Tư pháp"), Number("B7", "5"), Number("C7", "100")),
            Row(8, Inline("A8", "x"), Number("B8", "1E-05"), Number("C8", "0.5")),
            Row(9, Inline("A9", "y"), Boolean("B9", true), FormulaText("C9", "IF(1,\"62.5\")", "62.5")),
        ]));

        var (records, problems) = ReadAll(InputSource.FromFile(path));

        problems.Count.Should().Be(0);
        records.Select(r => r.Line).Should().Equal([1, 3, 5, 6, 7, 8, 9], "lines are worksheet row numbers; the blank row 4 is skipped");
        records.Select(r => string.Join("|", r.Fields)).Should().Equal(
            "unit|indicator|result_2023",
            "Phòng Tư pháp|1|45.15",
            "UBND xã Bình Thuận||45.5",
            "Phòng Tư pháp|9.1|100",
            "Phòng Tư pháp|5|100",
            "x|0.00001|0.5",
            "y|TRUE|62.5");
        records[2].Fields[0].IsNormalized(NormalizationForm.FormC).Should().BeTrue("a decomposed shared string reads in NFC");
    }

    [Fact]   // parts written by other tools: Strict namespaces, absolute targets, phonetic guides, cell style formats
    public void A_strict_workbook_from_another_tool_reads_by_the_same_rules()
    {
        using var temp = new TempFolder();
        var path = temp.File("strict.xlsx");
        const string Main = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        const string Relations = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        File.WriteAllBytes(path, PackageOf(
            ("_rels/.rels", $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="{Relations}/officeDocument" Target="/xl/workbook.xml"/></Relationships>"""),
            ("xl/workbook.xml", $"""<x:workbook xmlns:x="{Main}" xmlns:rel="{Relations}"><x:sheets><x:sheet name="Data" sheetId="7" rel:id="s"/></x:sheets></x:workbook>"""),
            ("xl/_rels/workbook.xml.rels", $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s" Type="{Relations}/worksheet" Target="/xl/sheets/data.xml"/><Relationship Id="t" Type="{Relations}/sharedStrings" Target="strings.xml"/><Relationship Id="u" Type="{Relations}/styles" Target="../xl/styles.xml"/></Relationships>"""),
            ("xl/strings.xml", $"""<sst xmlns="{Main}"><si><t>unit</t></si><si><r><t>Phòng </t></r><r><t>Tư pháp</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si></sst>"""),
            ("xl/styles.xml", $"""<styleSheet xmlns="{Main}"><cellStyleXfs count="2"><xf numFmtId="9"/><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"><alignment/></xf></cellXfs></styleSheet>"""),
            ("xl/sheets/data.xml", $"""<worksheet xmlns="{Main}"><sheetData><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><t>result_2023</t></is></c></row><row><c r="A3" t="s"><v>1</v></c><c r="B3" s="1"><v>0.45500000000000002</v></c></row></sheetData></worksheet>""")));

        var (records, problems) = ReadAll(InputSource.FromFile(path));

        problems.Count.Should().Be(0);
        records.Select(r => r.Line).Should().Equal(2, 3);
        records.Select(r => string.Join("|", r.Fields)).Should().Equal("unit|result_2023", "Phòng Tư pháp|45.5");
    }

    [Fact]
    public void A_row_with_data_beyond_the_header_is_a_problem_and_trailing_empty_cells_are_not()
    {
        using var temp = new TempFolder();
        var path = temp.File("wide.xlsx");
        BuildWorkbook(path, ("Sheet1", [
            Row(1, Inline("A1", "unit"), Inline("B1", "indicator"), Inline("C1", "result_2023")),
            Row(2, Inline("A2", "A"), Number("B2", "1"), Number("C2", "50"), Inline("D2", "stray")),
            Row(3, Inline("A3", "B"), Number("B3", "1"), Number("C3", "60"), Inline("E3", ""), FormulaText("F3", "\"\"", "")),
        ]));

        var (records, problems) = ReadAll(InputSource.FromFile(path));

        records.Select(r => r.Line).Should().Equal(1, 3);
        records[1].Fields.Should().Equal("B", "1", "60");
        problems.Kept.Should().ContainSingle().Which.Should().Be(new InputProblem(path, 2, Messages.English.WorkbookRowTooWide(4, 3)));
    }

    [Theory]
    [InlineData(null, "first")]
    [InlineData("Second", "second")]
    [InlineData("sEcOnD", "second")]
    public void A_sheet_is_chosen_by_name_without_regard_to_case_or_else_the_first_in_workbook_order(string? sheet, string expected)
    {
        using var temp = new TempFolder();
        var path = temp.File("two.xlsx");
        BuildWorkbook(path, ("First", [Row(1, Inline("A1", "first"))]), ("Second", [Row(1, Inline("A1", "second"))]));

        var (records, problems) = ReadAll(InputSource.FromFile(path), new InputOptions { Sheet = sheet });

        problems.Count.Should().Be(0);
        records.Single().Fields.Should().Equal(expected);
    }

    [Fact]
    public void A_missing_sheet_is_a_problem_that_names_the_sheets_there_are()
    {
        using var temp = new TempFolder();
        var path = temp.File("two.xlsx");
        BuildWorkbook(path, ("Kết quả 2023", [Row(1, Inline("A1", "unit"))]), ("Ghi chú", [Row(1, Inline("A1", "note"))]));

        var (records, problems) = ReadAll(InputSource.FromFile(path), new InputOptions { Sheet = "2024" });

        records.Should().BeEmpty();
        problems.Kept.Should().ContainSingle().Which.Should().Be(
            new InputProblem(path, 1, Messages.English.SheetNotFound("2024", "Kết quả 2023, Ghi chú")));
    }

    public static TheoryData<string, byte[]> NotWorkbooks() => new()
    {
        { "random bytes", Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) ^ (i >> 3))).ToArray() },
        { "a CSV renamed", "unit,indicator,result_2023\nPhòng Tư pháp,1,45.15\n"u8.ToArray() },
        { "an empty file", [] },
        { "a zip that is not a workbook", ZipOf("notes.txt", "hello") },
        { "a truncated workbook", Truncated(WorkbookBytes(), 300) },
    };

    [Theory, MemberData(nameof(NotWorkbooks))]
    public void A_file_that_is_not_a_workbook_is_a_problem_not_an_exception(string what, byte[] bytes)
    {
        using var temp = new TempFolder();
        var path = temp.File("results.xlsx");
        File.WriteAllBytes(path, bytes);

        var read = () => ReadAll(InputSource.FromFile(path));

        var (records, problems) = read.Should().NotThrow(what).Subject;
        records.Should().BeEmpty();
        problems.Kept.Should().ContainSingle();
        problems.Kept[0].Line.Should().Be(1);
        problems.Kept[0].Message.Should().StartWith(Messages.English.NotAWorkbook(""), what);
    }

    [Fact]
    public void A_workbook_is_read_from_a_stream_that_cannot_seek()
    {
        var bytes = WorkbookBytes();
        var stream = new ForwardOnlyStream(bytes);

        var (records, problems) = ReadAll(new InputSource("<stdin>", () => stream));

        problems.Count.Should().Be(0);
        records.Select(r => string.Join("|", r.Fields)).Should().Equal("unit|result_2023", "Phòng Tư pháp|45.15");
        stream.IsDisposed.Should().BeTrue("the input stream is closed once copied");
    }

    private static (List<RawRecord> Records, ProblemLog Problems) ReadAll(InputSource source, InputOptions? options = null)
    {
        var problems = new ProblemLog();
        return (XlsxRecords.Read(source, options ?? InputOptions.Default, problems).ToList(), problems);
    }

    private static void WriteTable(string path, OutputCell[][] rows, string sheet = "Sheet1", double[]? widths = null)
    {
        using var destination = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite);
        using var writer = new XlsxTableWriter(destination, sheet, widths ?? [.. rows[0].Select(_ => 12.0)]);
        foreach (var row in rows)
        {
            writer.WriteRow(row);
        }
    }

    private static byte[] WorkbookBytes()
    {
        using var temp = new TempFolder();
        var path = temp.File("small.xlsx");
        BuildWorkbook(path, ("Sheet1", [
            Row(1, Shared("A1", 0), Shared("B1", 2)),
            Row(2, Shared("A2", 3), Number("B2", "45.149999999999999")),
        ]));
        return File.ReadAllBytes(path);
    }

    private static byte[] ZipOf(string name, string content) => PackageOf((name, content));

    private static byte[] PackageOf(params (string Name, string Content)[] parts)
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

    private static byte[] Truncated(byte[] bytes, int length) => bytes[..Math.Min(length, bytes.Length)];

    // The shared strings an Excel-saved workbook would hold: plain, rich text in runs, decomposed Unicode, a blank.
    private static SharedStringTable SharedStrings() => new(
        new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text("unit")),
        new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text("indicator")),
        new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text("result_2023")),
        new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text("Phòng Tư pháp")),
        new SharedStringItem(
            new Run(new RunProperties(new Bold()), new DocumentFormat.OpenXml.Spreadsheet.Text("UBND xã ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new DocumentFormat.OpenXml.Spreadsheet.Text("Bình Thuận".Normalize(NormalizationForm.FormD)))),
        new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text("Phòng Tư pháp".Normalize(NormalizationForm.FormD))),
        new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text("  ") { Space = SpaceProcessingModeValues.Preserve }));

    // Style 1 is the built-in 0% (numFmtId 9); style 2 a custom format with a percent sign, as Excel saves "0.0%".
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" }) { Count = 1 },
        new Fonts(new Font()),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }));

    private static void BuildWorkbook(string path, params (string Name, Row[] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = SharedStrings();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheetList = new Sheets();
        // Parts are created last-first, and sheet ids count down, so "first" can only mean workbook order.
        var id = (uint)sheets.Length;
        foreach (var (name, rows) in Enumerable.Reverse(sheets))
        {
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            worksheet.Worksheet = new Worksheet(new SheetData(rows));
            sheetList.PrependChild(new Sheet { Name = name, SheetId = id--, Id = workbook.GetIdOfPart(worksheet) });
        }

        workbook.Workbook = new Workbook(sheetList);
    }

    private static Row Row(uint index, params XlsxCell[] cells) => new(cells) { RowIndex = index };

    private static XlsxCell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };

    private static XlsxCell Number(string reference, string stored, uint? style = null) =>
        new() { CellReference = reference, CellValue = new CellValue(stored), StyleIndex = style };

    private static XlsxCell Inline(string reference, string text) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static XlsxCell Boolean(string reference, bool value) =>
        new() { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") };

    private static XlsxCell FormulaText(string reference, string formula, string cached) => new(new CellFormula(formula), new CellValue(cached))
    {
        CellReference = reference,
        DataType = CellValues.String,
    };

    /// <summary>Standard input's shape: reads forward only, cannot seek or tell its length.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public bool IsDisposed { get; private set; }

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
            IsDisposed = true;
            _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
