using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Xlsx;

/// <summary>
/// Writes the worksheets of an <c>.xlsx</c> workbook, one table each: a bold header row, frozen, with an autofilter;
/// numeric cells for numbers and inline text cells for text, never formulas, so nothing in a unit's name can run. The
/// fixed parts, which name every sheet, are written first; rows then stream into one worksheet part at a time, which
/// is finished by <see cref="NextTable"/> or <see cref="Dispose"/>.
/// </summary>
/// <remarks>System.IO.Compression writes the package and System.Xml the XML; this class only knows SpreadsheetML.</remarks>
internal sealed class XlsxTableWriter : ITableWriter
{
    private const string BoldStyle = "1";

    // A carriage return inside a name is written as &#xD;: written as it is, every XML reader would read it back as a
    // line feed.
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize };

    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly ZipArchive _package;
    private readonly IReadOnlyList<XlsxSheet> _sheets;
    private int _sheet = -1;
    private Stream _worksheet = Stream.Null;
    private XmlWriter _xml = null!;
    private uint _rowIndex;
    private int _width;
    private bool _failed;
    private bool _disposed;

    /// <summary>A workbook of one sheet.</summary>
    public XlsxTableWriter(Stream destination, string sheetName, IReadOnlyList<double> columnWidths)
        : this(destination, [new XlsxSheet(sheetName, columnWidths)])
    {
    }

    /// <summary>A workbook of <paramref name="sheets"/>, in order; rows go to the first until <see cref="NextTable"/>.</summary>
    public XlsxTableWriter(Stream destination, IReadOnlyList<XlsxSheet> sheets)
    {
        _sheets = sheets;
        _package = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        WritePart("[Content_Types].xml", ContentTypes);
        WritePart("_rels/.rels", xml => Relationships(xml, ("rId1", SpreadsheetMl.OfficeDocumentType, "xl/workbook.xml")));
        WritePart("xl/workbook.xml", Workbook);
        WritePart("xl/_rels/workbook.xml.rels", xml => Relationships(
            xml,
            [.. sheets.Select((_, i) => (RelationshipId(i), SpreadsheetMl.WorksheetType, $"worksheets/{SheetFile(i)}")),
                (RelationshipId(sheets.Count), SpreadsheetMl.StylesType, "styles.xml")]));
        WritePart("xl/styles.xml", Styles);
        StartWorksheet();
    }

    /// <summary>Finishes the current sheet; the rows that follow go to the next one.</summary>
    /// <exception cref="InvalidOperationException">The current sheet is the last one.</exception>
    public void NextTable()
    {
        if (_sheet + 1 >= _sheets.Count)
        {
            throw new InvalidOperationException($"The sheet '{_sheets[_sheet].Name}' is the workbook's last; there is no sheet after it.");
        }

        FinishWorksheet();
        StartWorksheet();
    }

    public void WriteRow(ReadOnlySpan<Cell> cells)
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

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_failed)
        {
            // A workbook names every sheet it was made with: those never reached are written empty.
            FinishWorksheet();
            while (_sheet + 1 < _sheets.Count)
            {
                StartWorksheet();
                FinishWorksheet();
            }
        }
        else
        {
            _xml.Dispose();
            _worksheet.Dispose();
        }

        _package.Dispose();
    }

    private static string SheetFile(int index) => string.Create(CultureInfo.InvariantCulture, $"sheet{index + 1}.xml");

    private static string RelationshipId(int index) => string.Create(CultureInfo.InvariantCulture, $"rId{index + 1}");

    private void StartWorksheet()
    {
        _sheet++;
        _rowIndex = 0;
        _width = 0;
        _worksheet = NewPart($"xl/worksheets/{SheetFile(_sheet)}").Open();
        _xml = XmlWriter.Create(_worksheet, Settings);
        _xml.WriteStartElement("worksheet", SpreadsheetMl.Main);
        _xml.WriteStartElement("sheetViews");
        _xml.WriteStartElement("sheetView");
        if (_sheet == 0)
        {
            _xml.WriteAttributeString("tabSelected", "1");
        }

        _xml.WriteAttributeString("workbookViewId", "0");
        Empty(_xml, "pane", ("ySplit", "1"), ("topLeftCell", "A2"), ("activePane", "bottomLeft"), ("state", "frozen"));
        Empty(_xml, "selection", ("pane", "bottomLeft"));
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteStartElement("cols");
        var columnWidths = _sheets[_sheet].ColumnWidths;
        for (var i = 0; i < columnWidths.Count; i++)
        {
            var column = (i + 1).ToString(CultureInfo.InvariantCulture);
            Empty(_xml, "col", ("min", column), ("max", column), ("width", columnWidths[i].ToString(CultureInfo.InvariantCulture)), ("customWidth", "1"));
        }

        _xml.WriteEndElement();
        _xml.WriteStartElement("sheetData");
    }

    private void FinishWorksheet()
    {
        _xml.WriteEndElement(); // sheetData
        if (_rowIndex > 0 && _width > 0)
        {
            Empty(_xml, "autoFilter", ("ref", string.Create(CultureInfo.InvariantCulture, $"A1:{ColumnName(_width)}{_rowIndex}")));
        }

        _xml.WriteEndElement(); // worksheet
        _xml.Dispose();
        _worksheet.Dispose();
    }

    private void Write(ReadOnlySpan<Cell> cells)
    {
        _rowIndex++;
        _width = Math.Max(_width, cells.Length);
        _xml.WriteStartElement("row");
        _xml.WriteAttributeString("r", _rowIndex.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            _xml.WriteStartElement("c");
            if (cell.IsBlank)
            {
                // A cell without a value is blank: in Excel it is empty, not a text of no characters.
            }
            else if (cell.Number is not null)
            {
                _xml.WriteAttributeString("t", "n");
                _xml.WriteElementString("v", cell.Text);
            }
            else if (cell.Boolean is { } boolean)
            {
                _xml.WriteAttributeString("t", "b");
                _xml.WriteElementString("v", boolean ? "1" : "0");
            }
            else
            {
                if (_rowIndex == 1)
                {
                    _xml.WriteAttributeString("s", BoldStyle);
                }

                _xml.WriteAttributeString("t", "inlineStr");
                _xml.WriteStartElement("is");
                _xml.WriteStartElement("t");
                _xml.WriteAttributeString("xml", "space", null, "preserve");
                _xml.WriteString(Escaped(cell.Text));
                _xml.WriteEndElement();
                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
    }

    // Every part is dated in the ZIP format's first days (a day after its first, so no time zone takes it before
    // 1980) rather than now, so the same table gives the same bytes on every run, as the CSV does: a workbook can be
    // compared with a committed one, and a rerun shows no change.
    private ZipArchiveEntry NewPart(string name)
    {
        var entry = _package.CreateEntry(name);
        entry.LastWriteTime = ZipEpoch;
        return entry;
    }

    private void WritePart(string name, Action<XmlWriter> write)
    {
        using var stream = NewPart(name).Open();
        using var xml = XmlWriter.Create(stream, Settings);
        write(xml);
    }

    private void ContentTypes(XmlWriter xml)
    {
        xml.WriteStartElement("Types", SpreadsheetMl.ContentTypes);
        Empty(xml, "Default", ("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml"));
        Empty(xml, "Default", ("Extension", "xml"), ("ContentType", "application/xml"));
        Empty(xml, "Override", ("PartName", "/xl/workbook.xml"), ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
        for (var i = 0; i < _sheets.Count; i++)
        {
            Empty(xml, "Override", ("PartName", $"/xl/worksheets/{SheetFile(i)}"), ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
        }

        Empty(xml, "Override", ("PartName", "/xl/styles.xml"), ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"));
        xml.WriteEndElement();
    }

    private static void Relationships(XmlWriter xml, params (string Id, string Type, string Target)[] relationships)
    {
        xml.WriteStartElement("Relationships", SpreadsheetMl.PackageRelationships);
        foreach (var (id, type, target) in relationships)
        {
            Empty(xml, "Relationship", ("Id", id), ("Type", type), ("Target", target));
        }

        xml.WriteEndElement();
    }

    private void Workbook(XmlWriter xml)
    {
        xml.WriteStartElement("workbook", SpreadsheetMl.Main);
        xml.WriteAttributeString("xmlns", "r", null, SpreadsheetMl.Relationships);
        xml.WriteStartElement("sheets");
        for (var i = 0; i < _sheets.Count; i++)
        {
            xml.WriteStartElement("sheet");
            xml.WriteAttributeString("name", _sheets[i].Name);
            xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("id", SpreadsheetMl.Relationships, RelationshipId(i));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // The minimal stylesheet Excel itself writes: one font (and its bold twin), the two fills Excel reserves (none and
    // gray125), one empty border, the "Normal" cell style (cellStyleXfs 0, named in cellStyles) that every cell
    // format is based on (xfId="0"). Without the Normal style Excel repairs styles it does not find and openpyxl warns
    // "Workbook contains no default style". Cell format 0 is the default; 1 is bold, for the header row.
    private static void Styles(XmlWriter xml)
    {
        xml.WriteStartElement("styleSheet", SpreadsheetMl.Main);
        xml.WriteStartElement("fonts");
        xml.WriteAttributeString("count", "2");
        foreach (var bold in new[] { false, true })
        {
            xml.WriteStartElement("font");
            if (bold)
            {
                Empty(xml, "b");
            }

            Empty(xml, "sz", ("val", "11"));
            Empty(xml, "name", ("val", "Calibri"));
            Empty(xml, "family", ("val", "2"));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("fills");
        xml.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            xml.WriteStartElement("fill");
            Empty(xml, "patternFill", ("patternType", pattern));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("borders");
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("border");
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" })
        {
            Empty(xml, side);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("cellStyleXfs");
        xml.WriteAttributeString("count", "1");
        Empty(xml, "xf", ("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0"));
        xml.WriteEndElement();
        xml.WriteStartElement("cellXfs");
        xml.WriteAttributeString("count", "2");
        Empty(xml, "xf", ("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0"), ("xfId", "0"));
        Empty(xml, "xf", ("numFmtId", "0"), ("fontId", "1"), ("fillId", "0"), ("borderId", "0"), ("xfId", "0"), ("applyFont", "1"));
        xml.WriteEndElement();
        xml.WriteStartElement("cellStyles");
        xml.WriteAttributeString("count", "1");
        Empty(xml, "cellStyle", ("name", "Normal"), ("xfId", "0"), ("builtinId", "0"));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Empty(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }

        xml.WriteEndElement();
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
}
