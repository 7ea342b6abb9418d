using CsvHelper;
using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Input;

/// <summary>
/// Reads delimited text with CsvHelper: RFC 4180 quoting; UTF-8 with or without BOM, UTF-16 with BOM, or the
/// encoding given; comma, semicolon or tab detected from the header unless given (Excel's <c>sep=</c> line is
/// honoured). Rejects what would silently change data: bytes that are not valid text, NUL characters, unclosed
/// quotes, rows whose field count differs from the header's, records over <see cref="MaxRecordMiB"/> MiB.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The longest record accepted; names and numbers are short, so a longer one is a broken file.</summary>
    public const int MaxRecordMiB = 1;

    private static ReadOnlySpan<byte> ZipSignature => "PK\u0003\u0004"u8;

    public static IEnumerable<RawRecord> Read(InputSource source, InputOptions options, ProblemLog problems)
    {
        var messages = options.Messages;
        var file = source.DisplayName;
        (long Line, CsvMalformedReason Reason)? malformed = null;
        var csvOptions = new CsvReaderOptions
        {
            Separator = options.Delimiter,
            Encoding = options.Encoding,
            HasHeader = false,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordMiB << 20,
            OnMalformedRecord = record => malformed = (record.LineNumber, record.Reason),
        };

        using var stream = source.Open();
        using var reader = CsvReader.Create(stream, csvOptions, leaveOpen: false);
        var fields = new CsvRecordFields(reader);
        var headerWidth = -1;
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
                problems.Add(file, reader.LineNumber + 1, messages.RecordTooLong(MaxRecordMiB));
                read = false;
            }

            if (!read)
            {
                break;
            }

            var line = reader.LineNumber;
            if (malformed is { } bad)
            {
                malformed = null;
                problems.Add(file, bad.Line, bad.Reason switch
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
                problems.Add(file, line, headerWidth < 0 && reader.FieldCount > 0 && reader.GetSpan(0).StartsWith(ZipSignature)
                    ? messages.LooksLikeWorkbook
                    : messages.InvalidUtf8);
                if (headerWidth < 0)
                {
                    break;
                }

                continue;
            }

            if (flaw == CsvRecordFields.Flaw.Blank)
            {
                continue;
            }

            if (flaw == CsvRecordFields.Flaw.Nul)
            {
                problems.Add(file, line, messages.NulByte);
                continue;
            }

            if (headerWidth < 0)
            {
                headerWidth = fields.Count;
            }
            else if (fields.Count != headerWidth)
            {
                problems.Add(file, line, messages.FieldCount(fields.Count, headerWidth));
                continue;
            }

            // The same fields instance for every record: consumers read it before asking for the next one.
            yield return new RawRecord(line, fields);
        }
    }
}
