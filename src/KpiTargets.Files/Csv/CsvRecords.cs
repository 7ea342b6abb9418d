using CsvHelper;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Text;

namespace KpiTargets.Files.Csv;

/// <summary>
/// Reads delimited text with CsvHelper: RFC 4180 quoting; UTF-8 with or without BOM, UTF-16 with BOM, or the
/// encoding given (<see cref="CsvEncoding"/>); comma, semicolon or tab detected from the header unless given (Excel's <c>sep=</c> line is
/// honoured). Rejects what would silently change data: bytes that are not valid text, NUL characters, unclosed
/// quotes, rows whose field count differs from the header's, records over <see cref="MaxRecordMiB"/> MiB.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The longest record accepted; names and numbers are short, so a longer one is a broken file.</summary>
    public const int MaxRecordMiB = 1;

    // Where CsvHelper itself stops reading a record, so that a 50 MB field never fills memory. It counts from where
    // its buffer happens to be, so it is set well above the limit, which is checked exactly on each record read.
    private const int ReaderStopMiB = 4 * MaxRecordMiB;

    /// <summary>The most columns a header may have: Excel's own limit (XFD).</summary>
    public const int MaxColumns = 16_384;

    private static ReadOnlySpan<byte> ZipSignature => "PK\u0003\u0004"u8;

    // An OLE compound file: what Excel 97-2003 writes, and what it wraps a workbook protected by a password in.
    private static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Every record of a file, the header first.</summary>
    /// <param name="source">The file.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="header">
    /// What the header names, for a header below title rows and in two rows to be found (<see cref="HeaderSearch"/>);
    /// <see langword="null"/> when the first record is the header.
    /// </param>
    /// <param name="extent">Where the header's rows are recorded.</param>
    public static IEnumerable<RawRecord> Read(InputSource source, InputOptions options, ProblemLog problems, HeaderRule? header = null, TableExtent? extent = null)
    {
        using var reader = CsvReader.Create(CsvEncoding.Utf8(source.Open(), options.Encoding), ReaderOptions(options.Delimiter, out var malformed), leaveOpen: false);
        var search = header is null ? null : new HeaderSearch(header);
        foreach (var record in Records(reader, malformed, headerWidth: -1, firstLine: 1, source.DisplayName, options.Messages, problems, search))
        {
            if (search?.Header is { } found && extent is not null && extent.HeaderLastLine == 0)
            {
                extent.SetHeader(found);
            }

            yield return record;
        }
    }

    /// <summary>
    /// The header of a UTF-8 file, with what reading the rest of it in slices needs: the separator found, and the byte and
    /// line where the first record after the header starts. <see langword="null"/> when the file does not start with a
    /// header and a record that the reader accepts, or is not UTF-8 read as it is.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="rule">What the header names, to find it as a whole run does; <see langword="null"/> when the first record is the header.</param>
    public static CsvStart? ReadStart(string path, InputOptions options, HeaderRule? rule = null)
    {
        var problems = new ProblemLog();
        using var reader = CsvReader.Create(CsvEncoding.Utf8(File.OpenRead(path), options.Encoding, out var isDecoded), ReaderOptions(options.Delimiter, out var malformed), leaveOpen: false);
        if (isDecoded)
        {
            // Offsets in decoded text are not offsets in the file, and a line feed byte may be half a UTF-16 character.
            return null;
        }

        var search = rule is null ? null : new HeaderSearch(rule);
        RawRecord? header = null;
        var (onLine, onOffset) = (0L, 0L);
        foreach (var record in Records(reader, malformed, headerWidth: -1, firstLine: 1, path, options.Messages, problems, search))
        {
            if (problems.HasProblems || search?.Header is { Found: false })
            {
                return null;
            }

            if (header is { } found)
            {
                // The reader's byte offset is where the record it is on starts. The header search reads one record
                // past a one-row header before it decides: that record comes out next, while the reader is still on it.
                var offset = record.Line == onLine ? onOffset : reader.ByteOffset;
                return new CsvStart(found.Line, found.Fields, reader.Separator, offset, record.Line) { HeaderFirstLine = search?.Header?.FirstLine ?? found.Line };
            }

            header = new RawRecord(record.Line, RecordFields.Of([.. record.Fields]));
            (onLine, onOffset) = (reader.LineNumber, reader.ByteOffset);
        }

        return null;
    }

    /// <summary>
    /// The records of a slice of a UTF-8 file that starts and ends at record boundaries after its header
    /// (<see cref="ReadStart"/>): read with the header's separator and held to its width, a record of another width coming
    /// out with its problem (<see cref="RawRecord.Misfit"/>) for the table's end to decide on.
    /// </summary>
    public static IEnumerable<RawRecord> ReadSlice(ReadOnlyMemory<byte> slice, CsvStart start, long firstLine, string file, Messages messages, ProblemLog problems)
    {
        using var reader = CsvReader.Create(slice, ReaderOptions(start.Separator, out var malformed));
        foreach (var record in Records(reader, malformed, start.Header.Count, firstLine, file, messages, problems, holdMisfits: true))
        {
            yield return record;
        }
    }

    // Where the reader reports a malformed record, for the loop below to pick up after Read returns.
    private sealed class MalformedRecord
    {
        public (long Line, CsvMalformedReason Reason)? Last { get; set; }
    }

    // The reader always reads UTF-8: other encodings are decoded before it (CsvEncoding).
    private static CsvReaderOptions ReaderOptions(char? separator, out MalformedRecord malformed)
    {
        var found = new MalformedRecord();
        malformed = found;
        return new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,
            TrackLineNumbers = true,
            MaxRecordSize = ReaderStopMiB << 20,
            OnMalformedRecord = record => found.Last = (record.LineNumber, record.Reason),
        };
    }

    // What a file that starts with these bytes is, when it is a workbook rather than text.
    private static string? WorkbookKind(ReadOnlySpan<byte> start, Messages messages) =>
        start.StartsWith(ZipSignature) ? messages.LooksLikeWorkbook
        : start.StartsWith(CompoundFileSignature) ? messages.LooksLikeOldWorkbook
        : null;

    // headerWidth is -1 when a header comes first, which sets the width every later record must have: the first record,
    // or the one a search finds. Until the search decides, records are not held to a width, and their problems wait in
    // a log of their own (FoundHeader). With holdMisfits, a record of another width comes out with its problem for the
    // table's end to decide on (TableEnd), as it always does after a search; without, the problem is logged here.
    private static IEnumerable<RawRecord> Records(
        CsvReader reader, MalformedRecord malformed, int headerWidth, long firstLine, string file, Messages messages, ProblemLog problems, HeaderSearch? search = null, bool holdMisfits = false)
    {
        holdMisfits |= search is not null;
        string? Misfit(RawRecord record, int width) => record.Fields.Count == width ? null : messages.FieldCount(record.Fields.Count, width);
        var lineOffset = firstLine - 1;
        var fields = new CsvRecordFields(reader);
        var searching = search is not null && headerWidth < 0;
        var held = new ProblemLog();
        var log = searching ? held : problems;

        // The line of the problem that ended the reading, kept even when the search then finds no header.
        var endedAt = 0L;
        while (true)
        {
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (CsvFormatException)
            {
                // CsvHelper cannot resynchronise after an oversized record: report it and stop reading.
                endedAt = lineOffset + reader.LineNumber + 1;
                log.Add(file, endedAt, messages.RecordTooLong(MaxRecordMiB));
                read = false;
            }

            if (!read)
            {
                break;
            }

            var line = lineOffset + reader.LineNumber;
            if (line > RawRecord.MaxLine)
            {
                log.Add(file, endedAt = line, messages.TooManyLines(RawRecord.MaxLine));
                break;
            }

            if (headerWidth < 0 && WorkbookKind(reader.RawRecord, messages) is { } workbook)
            {
                // A workbook given as CSV: its bytes are no text to report line by line.
                log.Add(file, endedAt = line, workbook);
                break;
            }

            if (reader.RawRecord.TrimEnd("\r\n"u8).Length > MaxRecordMiB << 20)
            {
                malformed.Last = null;
                log.Add(file, line, messages.RecordTooLong(MaxRecordMiB));
                continue;
            }

            if (malformed.Last is { } bad)
            {
                malformed.Last = null;
                log.Add(file, lineOffset + bad.Line, bad.Reason switch
                {
                    CsvMalformedReason.UnterminatedQuote => messages.UnterminatedQuote,
                    CsvMalformedReason.TextAfterClosingQuote => messages.TextAfterClosingQuote,
                    CsvMalformedReason.StrayQuote => messages.StrayQuote,
                    _ => messages.Malformed(bad.Reason.ToString()),
                });
                continue;
            }

            var flaw = fields.Inspect();
            if (flaw == CsvRecordFields.Flaw.InvalidText)
            {
                log.Add(file, line, messages.InvalidUtf8);
                if (headerWidth < 0)
                {
                    endedAt = line;
                    break;
                }

                continue;
            }

            if (flaw == CsvRecordFields.Flaw.Noncharacter)
            {
                log.Add(file, line, messages.Noncharacter);
                continue;
            }

            if (flaw == CsvRecordFields.Flaw.Blank)
            {
                continue;
            }

            if (flaw == CsvRecordFields.Flaw.Nul)
            {
                log.Add(file, line, messages.NulByte);
                continue;
            }

            if (headerWidth < 0 && fields.Count > MaxColumns)
            {
                // Every later row would be checked against it, and its titles listed in messages.
                log.Add(file, endedAt = line, messages.TooManyColumns(fields.Count, MaxColumns));
                break;
            }

            if (searching)
            {
                if (!search!.Add(new RawRecord(line, RecordFields.Of([.. fields]))))
                {
                    continue;
                }

                (searching, log) = (false, problems);
                headerWidth = search.Header!.Titles.Count;
                foreach (var record in FoundHeader.Records(search, held, problems, endedAt, Misfit))
                {
                    yield return record;
                }

                continue;
            }

            if (headerWidth < 0)
            {
                headerWidth = fields.Count;
            }
            else if (fields.Count != headerWidth)
            {
                if (holdMisfits)
                {
                    yield return FoundHeader.Fitted(new RawRecord(line, fields), headerWidth, messages.FieldCount(fields.Count, headerWidth));
                    continue;
                }

                log.Add(file, line, messages.FieldCount(fields.Count, headerWidth));
                continue;
            }

            // The same fields instance for every record: consumers read it before asking for the next one.
            yield return new RawRecord(line, fields);
        }

        if (searching)
        {
            search!.End();
            foreach (var record in FoundHeader.Records(search, held, problems, endedAt, Misfit))
            {
                yield return record;
            }
        }
    }
}
