using System.Globalization;
using System.Xml;
using KpiTargets.Cli.Tables;
using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Xlsx;

/// <summary>
/// Reads a worksheet of an <c>.xlsx</c> workbook (the first visible one, or <see cref="InputOptions.Sheet"/>) as
/// records, with the same contract as the CSV reader: header first, the row number as the line, fields in NFC, blank
/// rows skipped. The worksheet's XML streams through an <see cref="XmlReader"/>, so memory does not grow with rows.
/// </summary>
/// <remarks>
/// System.IO.Compression and System.Xml do the reading; this class only knows where SpreadsheetML keeps rows and cells.
/// A general Open XML library cost the native binary about 10 ms of start-up on every run, CSV included, even when
/// only this path called it: the cost is the size of the image it brings, not code a CSV run would execute.
/// </remarks>
internal static class XlsxRecords
{
    public static IEnumerable<RawRecord> Read(InputSource source, InputOptions options, ProblemLog problems)
    {
        var messages = options.Messages;
        var file = source.DisplayName;
        using var workbook = XlsxWorkbook.Open(Seekable(source.Open()), options, out var failure);
        if (workbook is null)
        {
            problems.Add(file, 1, failure!);
            yield break;
        }

        using var rows = ReadRows(workbook, file, problems, messages).GetEnumerator();
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

    /// <summary>What a damaged or hostile file throws from System.IO.Compression, XML parsing or our own checks.</summary>
    public static bool IsBadContent(Exception exception) =>
        exception is InvalidDataException or IOException or XmlException;

    private static IEnumerable<RawRecord> ReadRows(XlsxWorkbook workbook, string file, ProblemLog problems, Text.Messages messages)
    {
        var headerWidth = -1;
        var line = 0L;
        using var reader = SpreadsheetMl.Read(workbook.Package, workbook.WorksheetPart)!;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                continue;
            }

            // The r attribute is optional: a row without one follows the row before it.
            line = reader.GetAttribute("r") is { } number ? RowNumber(number) : line + 1;
            var values = ReadCells(reader, workbook.Cells);
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

            yield return new RawRecord(line, RecordFields.Of(fields));
        }
    }

    // The non-empty cells of the row the reader is on, by column; leaves the reader on the row's end.
    private static SortedDictionary<int, string> ReadCells(XmlReader reader, XlsxCellText cells)
    {
        var values = new SortedDictionary<int, string>();
        if (reader.IsEmptyElement)
        {
            return values;
        }

        var rowDepth = reader.Depth;
        var next = 0;
        while (reader.Read() && reader.Depth > rowDepth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
            {
                continue;
            }

            // A reference without a column letter (r="0", as one report generator writes) says no more than none:
            // such a cell follows the one before it, as a cell without r does.
            var reference = reader.GetAttribute("r");
            var column = reference is { Length: > 0 } && char.IsAsciiLetter(reference[0]) ? ColumnIndex(reference) : next;
            if (column is < 0 or >= SpreadsheetMl.MaxColumns)
            {
                // Excel stops at XFD; a reference beyond it would make every padded row that wide.
                throw new InvalidDataException($"the cell reference '{reference}' is outside columns A to XFD");
            }

            next = column + 1;
            var text = TextCleaning.WithoutFormulaGuard(TextCleaning.Nfc(ReadCell(reader, cells)));
            if (text.Length > 0)
            {
                values[column] = text;
            }
        }

        return values;
    }

    // The text of the cell the reader is on; leaves the reader on the cell's end.
    private static string ReadCell(XmlReader reader, XlsxCellText cells)
    {
        var type = reader.GetAttribute("t");
        var style = reader.GetAttribute("s");
        var value = "";
        string? inline = null;
        if (!reader.IsEmptyElement)
        {
            var cellDepth = reader.Depth;
            reader.Read();
            while (reader.Depth > cellDepth)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
                {
                    value = reader.ReadElementContentAsString();
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
                {
                    inline = XlsxCellText.StringItem(reader);
                    reader.Read();
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    reader.Skip();
                }
                else if (!reader.Read())
                {
                    break;
                }
            }
        }

        return cells.Of(type, style, value, inline);
    }

    private static long RowNumber(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= uint.MaxValue
            ? number
            : throw new InvalidDataException($"the row number '{text}' is not a row number");

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
            if (column > SpreadsheetMl.MaxColumns)
            {
                return -1;
            }
        }

        return column - 1;
    }
}
