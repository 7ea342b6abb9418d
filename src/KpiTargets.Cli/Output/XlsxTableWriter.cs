using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KpiTargets.Cli.Output;

/// <summary>
/// Writes one worksheet of an <c>.xlsx</c> workbook: a bold header row, frozen, with an autofilter; numeric cells for
/// numbers and inline text cells for text, never formulas, so nothing in a unit's name can run. Rows stream through
/// <see cref="OpenXmlWriter"/>; the workbook is finished on <see cref="Dispose"/>.
/// </summary>
internal sealed class XlsxTableWriter : ITableWriter
{
    private const uint BoldStyle = 1;

    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlWriter _writer;
    private uint _rowIndex;
    private int _width;

    public XlsxTableWriter(Stream destination, string sheetName, IReadOnlyList<double> columnWidths)
    {
        _document = SpreadsheetDocument.Create(destination, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = workbook.GetIdOfPart(worksheet) }));

        _writer = OpenXmlWriter.Create(worksheet);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft })
        {
            TabSelected = true,
            WorkbookViewId = 0,
        }));
        _writer.WriteElement(new Columns(columnWidths.Select((width, i) =>
            new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })));
        _writer.WriteStartElement(new SheetData());
    }

    public void WriteRow(IReadOnlyList<Cell> cells)
    {
        _rowIndex++;
        _width = Math.Max(_width, cells.Count);
        _writer.WriteStartElement(new Row { RowIndex = _rowIndex });
        foreach (var cell in cells)
        {
            _writer.WriteElement(cell.Number is not null
                ? new DocumentFormat.OpenXml.Spreadsheet.Cell { DataType = CellValues.Number, CellValue = new CellValue(cell.Text) }
                : new DocumentFormat.OpenXml.Spreadsheet.Cell
                {
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(cell.Text) { Space = SpaceProcessingModeValues.Preserve }),
                    StyleIndex = _rowIndex == 1 ? BoldStyle : null,
                });
        }

        _writer.WriteEndElement();
    }

    public void Dispose()
    {
        _writer.WriteEndElement(); // SheetData
        if (_rowIndex > 0 && _width > 0)
        {
            _writer.WriteElement(new AutoFilter { Reference = string.Create(CultureInfo.InvariantCulture, $"A1:{ColumnName(_width)}{_rowIndex}") });
        }

        _writer.WriteEndElement(); // Worksheet
        _writer.Dispose();
        _document.Dispose();
    }

    private static string ColumnName(int count)
    {
        var name = "";
        for (var n = count; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    // Style 0 is the default; style 1 is bold, for the header row.
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
