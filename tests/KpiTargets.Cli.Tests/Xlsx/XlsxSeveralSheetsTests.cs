using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using KpiTargets.Files.Xlsx;
using OutputCell = KpiTargets.Files.Tables.Cell;

namespace KpiTargets.Cli.Tests;

/// <summary>The workbook writer with several sheets, as <c>track</c> writes its progress, summary and ranking.</summary>
public sealed class XlsxSeveralSheetsTests
{
    [Fact]   // what Excel opens without a repair prompt, with every sheet named as given and the first one selected
    public void A_workbook_of_several_sheets_is_valid_open_xml_with_each_table_on_its_sheet()
    {
        using var temp = new TempFolder();
        var path = temp.File("book.xlsx");
        using (var destination = File.Create(path))
        using (var writer = new XlsxTableWriter(destination, [new XlsxSheet("track", [40, 10]), new XlsxSheet("summary", [10]), new XlsxSheet("ranking", [8])]))
        {
            writer.WriteRow(["unit", "actual"]);
            writer.WriteRow(["Phòng Tư pháp", OutputCell.Of(52.5m)]);
            writer.NextTable();
            writer.WriteRow(["indicator"]);
        }

        using var document = SpreadsheetDocument.Open(path, isEditable: false);

        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(error => $"{error.Path?.XPath}: {error.Description}")
            .Should().BeEmpty();
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(sheet => sheet.Name!.Value).Should().Equal("track", "summary", "ranking");
        var rows = sheets.Select(sheet => ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Count());
        rows.Should().Equal(2, 1, 0);
        ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet.Descendants<SheetView>().Single().TabSelected?.Value.Should().BeTrue();
    }

    [Fact]
    public void Moving_past_the_last_sheet_is_a_caller_s_mistake()
    {
        using var destination = new MemoryStream();
        using var writer = new XlsxTableWriter(destination, "only", [10]);

        var act = writer.NextTable;

        act.Should().Throw<InvalidOperationException>().WithMessage("The sheet 'only' is the workbook's last; there is no sheet after it.");
    }
}
