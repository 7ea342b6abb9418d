using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;
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
    private bool _failed;
    private bool _disposed;

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
        try
        {
            Write(cells);
        }
        catch
        {
            // The XML writer is now in an error state: Dispose must not try to finish it and hide this exception.
            _failed = true;
            throw;
        }
    }

    private void Write(IReadOnlyList<Cell> cells)
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
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Escaped(cell.Text)) { Space = SpaceProcessingModeValues.Preserve }),
                    StyleIndex = _rowIndex == 1 ? BoldStyle : null,
                });
        }

        _writer.WriteEndElement();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_failed)
        {
            _writer.Dispose();
            _document.Dispose();
            return;
        }

        _writer.WriteEndElement(); // SheetData
        if (_rowIndex > 0 && _width > 0)
        {
            _writer.WriteElement(new AutoFilter { Reference = string.Create(CultureInfo.InvariantCulture, $"A1:{ColumnName(_width)}{_rowIndex}") });
        }

        _writer.WriteEndElement(); // Worksheet
        _writer.Dispose();
        _document.Dispose();
    }

    // XML 1.0 cannot hold most control characters (a U+000B from text pasted out of Word, say) nor lone surrogates;
    // Excel writes them as _xHHHH_, and a literal "_xHHHH_" as _x005F_xHHHH_ so it is not decoded. XlsxRecords reads both back.
    private static string Escaped(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(PlainCharacters) && !text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (!XmlConvert.IsXmlChar(c) || IsEscapeLike(text, i))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool IsEscapeLike(string text, int i) =>
        text[i] == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && !text.AsSpan(i + 2, 4).ContainsAnyExcept(HexDigits);

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");

    // Everything but C0 controls other than tab, LF and CR, surrogates, U+FFFE and U+FFFF: what XML holds as it is.
    private static readonly SearchValues<char> PlainCharacters = SearchValues.Create(
        string.Concat("\t\n\r", new string([.. Enumerable.Range(0x20, 0xD800 - 0x20).Select(i => (char)i)]), new string([.. Enumerable.Range(0xE000, 0xFFFE - 0xE000).Select(i => (char)i)])));

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
