using System.Globalization;
using System.Xml;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Xlsx;

/// <summary>
/// Reads a worksheet of an <c>.xlsx</c> workbook (<see cref="InputOptions.Sheet"/>, or the first visible one that
/// holds the table) as records, with the same contract as the CSV reader: header first, the row number as the line, fields in NFC, blank
/// rows skipped. The worksheet's XML streams through an <see cref="XmlReader"/>, so memory does not grow with rows.
/// </summary>
/// <remarks>
/// System.IO.Compression and System.Xml do the reading; this class only knows where SpreadsheetML keeps rows and cells.
/// A general Open XML library cost the native binary about 10 ms of start-up on every run, CSV included, even when
/// only this path called it: the cost is the size of the image it brings, not code a CSV run would execute.
/// </remarks>
internal static class XlsxRecords
{
    /// <summary>Every record of the worksheet read, the header first.</summary>
    /// <param name="source">The workbook.</param>
    /// <param name="options">How to read it: <see cref="InputOptions.Sheet"/> names the worksheet.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="header">
    /// What the header names, for a header below title rows and in two rows to be found (<see cref="HeaderSearch"/>),
    /// and a worksheet without it passed over for the next when no sheet is named; <see langword="null"/> when the
    /// first row of the first visible worksheet is the header.
    /// </param>
    /// <param name="extent">Where the worksheet and the header's rows are recorded.</param>
    public static IEnumerable<RawRecord> Read(InputSource source, InputOptions options, ProblemLog problems, HeaderRule? header = null, TableExtent? extent = null)
    {
        var messages = options.Messages;
        var file = source.DisplayName;
        using var workbook = XlsxWorkbook.Open(Seekable(source.Open()), options, out var failure);
        if (workbook is null)
        {
            problems.Add(file, 1, failure!);
            yield break;
        }

        // A guide sheet ("Hướng dẫn") before the data is passed over; so is any sheet without the table, while another
        // may hold it.
        var sheets = workbook.Worksheets;
        var mayPass = header is not null && sheets.Count > 1;
        foreach (var (name, part) in sheets)
        {
            var search = header is null ? null : new HeaderSearch(header);
            using var rows = ReadRows(workbook, part, file, problems, messages, search, mayPass).GetEnumerator();
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
                    yield break;
                }

                if (!more)
                {
                    break;
                }

                if (extent is not null && extent.Sheet is null)
                {
                    extent.Sheet = name;
                    if (search?.Header is { } found)
                    {
                        extent.SetHeader(found);
                    }
                }

                yield return rows.Current;
            }

            if (!mayPass || search!.Header is { Found: true })
            {
                yield break;
            }
        }

        problems.Add(file, 1, messages.NoTableInSheets(string.Join(", ", sheets.Select(sheet => $"'{sheet.Name}'")), HeaderSearch.MaxRows));
    }

    /// <summary>What a damaged or hostile file throws from System.IO.Compression, XML parsing or our own checks.</summary>
    public static bool IsBadContent(Exception exception) =>
        exception is InvalidDataException or IOException or XmlException;

    // The worksheet's rows; with a search, the header it finds first. Until the search decides, rows are not held to
    // a width and their problems wait in a log of their own (FoundHeader); after, a row wider than the header comes out
    // with its problem for the table's end to decide on (TableEnd). A worksheet that may be passed over gives nothing
    // when it has no table.
    private static IEnumerable<RawRecord> ReadRows(
        XlsxWorkbook workbook, string part, string file, ProblemLog problems, Text.Messages messages, HeaderSearch? search, bool mayPass)
    {
        var headerWidth = -1;
        var line = 0L;
        var held = new ProblemLog();
        var searching = search is not null;
        var log = searching ? held : problems;
        string? Misfit(RawRecord record, int width) => record.Fields.Count > width ? messages.WorkbookRowTooWide(record.Fields.Count, width) : null;
        using var reader = SpreadsheetMl.Read(workbook.Package, part)!;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                continue;
            }

            // The r attribute is optional: a row without one follows the row before it.
            line = reader.GetAttribute("r") is { } number ? RowNumber(number) : line + 1;
            var values = ReadCells(reader, workbook.Cells, out var uncalculated, out var holdsNoncharacter);
            if (uncalculated is { } column)
            {
                log.Add(file, line, messages.FormulaWithoutResult($"{ColumnName(column)}{line}"));
                continue;
            }

            if (holdsNoncharacter)
            {
                log.Add(file, line, messages.Noncharacter);
                continue;
            }

            if (values.Count == 0 || values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var width = values.Keys.Max() + 1;
            if (searching)
            {
                if (!search!.Add(new RawRecord(line, RecordFields.Of(Padded(values, width)))))
                {
                    continue;
                }

                (searching, log) = (false, problems);
                if (mayPass && search.Header is not { Found: true })
                {
                    yield break;
                }

                headerWidth = search.Header!.Titles.Count;
                foreach (var record in FoundHeader.Records(search, held, problems, endedAt: 0, Misfit))
                {
                    yield return record;
                }

                continue;
            }

            if (headerWidth < 0)
            {
                headerWidth = width;
            }
            else if (width > headerWidth)
            {
                if (search is not null)
                {
                    // A signature block beside the table is left out with the footer; within the table it is an error.
                    yield return new RawRecord(line, RecordFields.Of(Padded(values, headerWidth))) { Misfit = messages.WorkbookRowTooWide(width, headerWidth) };
                    continue;
                }

                log.Add(file, line, messages.WorkbookRowTooWide(width, headerWidth));
                continue;
            }

            yield return new RawRecord(line, RecordFields.Of(Padded(values, headerWidth)));
        }

        if (searching)
        {
            search!.End();
            if (mayPass && search.Header is not { Found: true })
            {
                yield break;
            }

            foreach (var record in FoundHeader.Records(search, held, problems, endedAt: 0, Misfit))
            {
                yield return record;
            }
        }
    }

    // The row's cells as fields, empty where a cell is missing, up to width.
    private static string[] Padded(SortedDictionary<int, string> values, int width)
    {
        var fields = new string[width];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = values.TryGetValue(i, out var value) ? value : "";
        }

        return fields;
    }

    // The non-empty cells of the row the reader is on, by column, the column of the first formula that has no saved
    // result, and whether a cell holds a noncharacter (Excel writes U+FFFE as _xFFFE_); leaves the reader on the row's
    // end.
    private static SortedDictionary<int, string> ReadCells(XmlReader reader, XlsxCellText cells, out int? uncalculated, out bool holdsNoncharacter)
    {
        var values = new SortedDictionary<int, string>();
        uncalculated = null;
        holdsNoncharacter = false;
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
            var text = ReadCell(reader, cells, out var hasResult);
            uncalculated ??= hasResult ? null : column;
            if (TextCleaning.HasNoncharacter(text))
            {
                holdsNoncharacter = true;
                continue;
            }

            text = TextCleaning.WithoutFormulaGuard(TextCleaning.Nfc(text));
            if (text.Length > 0)
            {
                values[column] = text;
            }
        }

        return values;
    }

    // The text of the cell the reader is on; leaves the reader on the cell's end. A formula whose result was never
    // saved (a workbook written by a program that does not calculate) has no text to read: hasResult says so.
    private static string ReadCell(XmlReader reader, XlsxCellText cells, out bool hasResult)
    {
        var type = reader.GetAttribute("t");
        var style = reader.GetAttribute("s");
        var value = "";
        string? inline = null;
        var hasFormula = false;
        var hasValue = false;
        if (!reader.IsEmptyElement)
        {
            var cellDepth = reader.Depth;
            reader.Read();
            while (reader.Depth > cellDepth)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
                {
                    hasValue = true;
                    value = SpreadsheetMl.ReadText(reader);
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
                {
                    inline = XlsxCellText.StringItem(reader);
                    reader.Read();
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    hasFormula |= reader.LocalName == "f";
                    reader.Skip();
                }
                else if (!reader.Read())
                {
                    break;
                }
            }
        }

        hasResult = !hasFormula || hasValue || inline is not null;
        return cells.Of(type, style, value, inline);
    }

    private static long RowNumber(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= RawRecord.MaxLine
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

    // 2 → "C": the column's letters, as Excel names it in a cell reference.
    private static string ColumnName(int column)
    {
        var name = "";
        for (var number = column + 1; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
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
