using System.Text.Unicode;
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
        var repeats = new RepeatedFields();
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

            if (ReadFields(reader, repeats, out var hasNul) is not { } fields)
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

            if (TextCleaning.IsBlank(fields))
            {
                continue;
            }

            if (hasNul)
            {
                problems.Add(file, line, messages.NulByte);
                continue;
            }

            if (headerWidth < 0)
            {
                headerWidth = fields.Length;
            }
            else if (fields.Length != headerWidth)
            {
                problems.Add(file, line, messages.FieldCount(fields.Length, headerWidth));
                continue;
            }

            yield return new RawRecord(line, fields);
        }
    }

    // The record's fields as NFC text without our formula guard, or null when a field is not valid text: CsvHelper
    // would decode invalid bytes to U+FFFD, and a name silently changed is worse than a clear error. Only text
    // without NUL is remembered, so a repeated field needs no second look.
    private static string[]? ReadFields(CsvReader reader, RepeatedFields repeats, out bool hasNul)
    {
        hasNul = false;
        var fields = new string[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            var bytes = reader.GetSpan(i);
            if (!repeats.TryGet(i, bytes, out var text))
            {
                if (!Utf8.IsValid(bytes))
                {
                    return null;
                }

                text = TextCleaning.WithoutFormulaGuard(TextCleaning.Nfc(reader.GetString(i)));
                if (text.Contains('\0', StringComparison.Ordinal))
                {
                    hasNul = true;
                }
                else
                {
                    repeats.Remember(i, bytes, text);
                }
            }

            fields[i] = text;
        }

        return fields;
    }
}
