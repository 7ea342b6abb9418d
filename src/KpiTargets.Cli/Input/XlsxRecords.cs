using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Input;

/// <summary>
/// Reads a worksheet of an <c>.xlsx</c> workbook (the first, or <see cref="InputOptions.Sheet"/>) as records, with
/// the same contract as <see cref="CsvRecords"/>: header first, the row number as the line, fields in NFC, blank
/// rows skipped. Rows stream through <see cref="OpenXmlReader"/>, so memory does not grow with rows.
/// </summary>
internal static partial class XlsxRecords
{
    /// <summary>Excel's column count, A to XFD.</summary>
    private const int MaxColumns = 16_384;

    public static IEnumerable<RawRecord> Read(InputSource source, InputOptions options, ProblemLog problems)
    {
        var messages = options.Messages;
        var file = source.DisplayName;
        using var stream = Seekable(source.Open());
        var opened = Open(stream, options, out var failure);
        if (opened is not { } workbook)
        {
            problems.Add(file, 1, failure!);
            yield break;
        }

        using (workbook.Document)
        {
            var (_, worksheet, cells) = workbook;
            using var rows = ReadRows(worksheet, cells, file, problems, messages).GetEnumerator();
            while (true)
            {
                bool more;
                try
                {
                    more = rows.MoveNext();
                }
                catch (Exception exception) when (IsBadContent(exception))
                {
                    problems.Add(file, 1, messages.NotAWorkbook(exception.Message));
                    more = false;
                }

                if (!more)
                {
                    break;
                }

                yield return rows.Current;
            }
        }
    }

    private static IEnumerable<RawRecord> ReadRows(WorksheetPart worksheet, CellText cells, string file, ProblemLog problems, Text.Messages messages)
    {
        var headerWidth = -1;
        var line = 0L;
        using var reader = OpenXmlReader.Create(worksheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            // The r attribute is optional: a row without one follows the row before it.
            line = row.RowIndex?.Value is { } index ? index : line + 1;
            var values = new SortedDictionary<int, string>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                if (column is < 0 or >= MaxColumns)
                {
                    // Excel stops at XFD; a reference beyond it would make every padded row that wide.
                    throw new InvalidDataException($"the cell reference '{cell.CellReference?.Value}' is outside columns A to XFD");
                }

                next = column + 1;
                var text = TextCleaning.WithoutFormulaGuard(TextCleaning.Nfc(cells.Of(cell)));
                if (text.Length > 0)
                {
                    values[column] = text;
                }
            }

            if (values.Count == 0 || values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var width = values.Keys.Max() + 1;
            if (headerWidth < 0)
            {
                headerWidth = width;
            }
            else if (width > headerWidth)
            {
                problems.Add(file, line, messages.WorkbookRowTooWide(width, headerWidth));
                continue;
            }

            var fields = new string[headerWidth];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = values.TryGetValue(i, out var value) ? value : "";
            }

            yield return new RawRecord(line, fields);
        }
    }

    // Everything that parses workbook-level parts (the package, workbook.xml, shared strings, styles) happens here,
    // inside one try: a corrupt part throws when first touched, and an iterator cannot catch around a yield.
    private static (SpreadsheetDocument Document, WorksheetPart Worksheet, CellText Cells)? Open(Stream stream, InputOptions options, out string? failure)
    {
        var messages = options.Messages;
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
            var part = document.WorkbookPart;
            var sheets = part?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = options.Sheet is null
                ? sheets.FirstOrDefault()
                : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, options.Sheet, StringComparison.OrdinalIgnoreCase));
            if (part is null || sheet?.Id?.Value is not { } id || !part.TryGetPartById(id, out var found) || found is not WorksheetPart worksheet)
            {
                failure = options.Sheet is null
                    ? messages.NotAWorkbook("it has no worksheet")
                    : messages.SheetNotFound(options.Sheet, string.Join(", ", sheets.Select(s => s.Name?.Value)));
                document.Dispose();
                return null;
            }

            failure = null;
            return (document, worksheet, new CellText(part));
        }
        catch (Exception exception) when (IsBadContent(exception))
        {
            document?.Dispose();
            failure = messages.NotAWorkbook(exception.Message);
            return null;
        }
    }

    // What a damaged or hostile file throws from System.IO.Packaging, System.IO.Compression, XML parsing or OpenXml.
    private static bool IsBadContent(Exception exception) =>
        exception is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or XmlException;

    // A workbook is a zip file, read by seeking; standard input is copied to a temporary file first.
    private static Stream Seekable(Stream stream)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        using (stream)
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }

    // "C7" → 2: letters are a base-26 column number, A being 1; -1 when there are none or too many to be a column.
    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (column > MaxColumns)
            {
                return -1;
            }
        }

        return column - 1;
    }

    /// <summary>Turns a cell into the text the results reader expects, whatever way Excel stored it.</summary>
    private sealed partial class CellText(WorkbookPart workbook)
    {
        private readonly string[] _sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?
            .Elements<SharedStringItem>().Select(item => Unescaped(Plain(item))).ToArray() ?? [];

        private readonly HashSet<uint> _percentStyles = PercentStyles(workbook);

        public string Of(Cell cell)
        {
            var raw = cell.CellValue?.Text ?? "";
            var type = cell.DataType?.Value;
            if (type == CellValues.SharedString)
            {
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Length
                    ? _sharedStrings[index]
                    : throw new InvalidDataException($"the shared string {raw} does not exist");
            }

            if (type == CellValues.InlineString)
            {
                return Unescaped(cell.InlineString is { } inline ? Plain(inline) : raw);
            }

            if (type == CellValues.String)
            {
                return Unescaped(raw);
            }

            if (type == CellValues.Boolean)
            {
                return raw == "1" ? "TRUE" : "FALSE";
            }

            if (type is not null && type != CellValues.Number)
            {
                return raw;
            }

            return Number(raw, cell.StyleIndex?.Value is { } style && _percentStyles.Contains(style));
        }

        // Excel stores doubles: 45.15 may be "45.149999999999999". The shortest round-trip form gives back 45.15; a
        // cell formatted as a percentage holds 0.455 for 45.5 %, and results are in percent.
        private static string Number(string raw, bool isPercent)
        {
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                return raw;
            }

            var shortest = number.ToString("R", CultureInfo.InvariantCulture);
            if (!decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return raw;
            }

            if (isPercent && Math.Abs(value) > decimal.MaxValue / 100m)
            {
                return raw; // Too large to be a percentage; the results reader reports it as out of bounds.
            }

            return DecimalText.Shortest(isPercent ? value * 100m : value);
        }

        // Excel writes characters XML cannot hold (U+000B from a pasted Word text, say) as _xHHHH_, and a literal
        // "_xHHHH_" as _x005F_xHHHH_; it reads them back the same way, and so do we.
        private static string Unescaped(string text) =>
            text.Contains("_x", StringComparison.Ordinal) ? EscapedCharacter().Replace(text, Unescaped) : text;

        // A surrogate half alone is not text (NFC would throw), so "_xD800_" stays as written.
        private static string Unescaped(Match escape)
        {
            var c = (char)int.Parse(escape.ValueSpan[2..6], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return char.IsSurrogate(c) ? escape.Value : c.ToString();
        }

        [GeneratedRegex("_x[0-9A-Fa-f]{4}_")]
        private static partial Regex EscapedCharacter();

        private static string Plain(OpenXmlElement element) =>
            element.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Text>()?.Text
            ?? string.Concat(element.Elements<Run>().Select(run => run.Text?.Text));

        // Built-in formats 9 (0%) and 10 (0.00%), and custom formats with a % outside quotes.
        private static HashSet<uint> PercentStyles(WorkbookPart workbook)
        {
            var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
            var percentFormats = new HashSet<uint> { 9, 10 };
            foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            {
                var code = format.FormatCode?.Value ?? "";
                var unquoted = string.Concat(code.Split('"').Where((_, i) => i % 2 == 0));
                if (unquoted.Contains('%', StringComparison.Ordinal) && format.NumberFormatId?.Value is { } id)
                {
                    percentFormats.Add(id);
                }
            }

            var styles = new HashSet<uint>();
            var index = 0u;
            foreach (var cellFormat in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
            {
                if (cellFormat.NumberFormatId?.Value is { } id && percentFormats.Contains(id))
                {
                    styles.Add(index);
                }

                index++;
            }

            return styles;
        }
    }
}
