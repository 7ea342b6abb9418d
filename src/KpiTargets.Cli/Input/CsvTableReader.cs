using System.Text.Unicode;
using CsvHelper;
using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Input;

/// <summary>
/// Reads a comma-separated UTF-8 file with a header row (RFC 4180 quoting, BOM optional) and streams its records,
/// reduced to the requested columns. The one place that matches header titles and rejects malformed CSV, shared by
/// the results and catalog readers. Every problem goes to the <see cref="ProblemLog"/> with its line; rows with a
/// problem are not yielded, and reading goes on so that one run reports them all.
/// </summary>
internal static class CsvTableReader
{
    public static IEnumerable<TableRow> Read(InputSource source, IReadOnlyList<ColumnSpec> columns, ProblemLog problems)
    {
        (long Line, CsvMalformedReason Reason)? malformed = null;
        var options = new CsvReaderOptions
        {
            // Comma only: another separator would otherwise be guessed silently and mis-split names.
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            OnMalformedRecord = record => malformed = (record.LineNumber, record.Reason),
        };

        using var stream = source.Open();
        using var reader = CsvReader.Create(stream, options, leaveOpen: false);
        if (!reader.Read())
        {
            problems.Add(source.DisplayName, 1, $"the file is empty; expected a header row naming the columns {string.Join(", ", columns.Where(c => c.IsRequired).Select(c => c.Name))}");
            yield break;
        }

        var header = ReadHeader(reader, source, columns, problems);
        if (header is null)
        {
            yield break;
        }

        var dataRows = 0L;
        while (reader.Read())
        {
            var line = reader.LineNumber;
            if (malformed is { } bad)
            {
                malformed = null;
                problems.Add(source.DisplayName, bad.Line, Describe(bad.Reason));
                dataRows++;
                continue;
            }

            if (IsBlank(reader))
            {
                continue;
            }

            dataRows++;
            if (!IsValidUtf8(reader))
            {
                problems.Add(source.DisplayName, line, "the line is not valid UTF-8 text; save the file as \"CSV UTF-8\" (in Excel: File › Save As › CSV UTF-8)");
                continue;
            }

            if (reader.FieldCount != header.FieldCount)
            {
                problems.Add(source.DisplayName, line, $"the row has {reader.FieldCount} fields but the header has {header.FieldCount}; a name that contains a comma must be in double quotes");
                continue;
            }

            var values = new string?[columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                var index = header.Indexes[i];
                values[i] = index < 0 ? null : reader.GetString(index);
            }

            yield return new TableRow(line, values);
        }

        if (dataRows == 0)
        {
            problems.Add(source.DisplayName, 1, "the file has a header row but no data rows");
        }
    }

    private static Header? ReadHeader(CsvReader reader, InputSource source, IReadOnlyList<ColumnSpec> columns, ProblemLog problems)
    {
        var line = reader.LineNumber;
        if (!IsValidUtf8(reader))
        {
            problems.Add(source.DisplayName, line, "the header is not valid UTF-8 text; save the file as \"CSV UTF-8\" (in Excel: File › Save As › CSV UTF-8)");
            return null;
        }

        var titles = new string[reader.FieldCount];
        for (var i = 0; i < titles.Length; i++)
        {
            titles[i] = reader.GetString(i).Trim();
        }

        var indexes = new int[columns.Count];
        var complete = true;
        for (var c = 0; c < columns.Count; c++)
        {
            var matches = Enumerable.Range(0, titles.Length)
                .Where(i => string.Equals(titles[i], columns[c].Name, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (matches.Count > 1)
            {
                problems.Add(source.DisplayName, line, $"the column '{columns[c].Name}' appears {matches.Count} times in the header (columns {string.Join(", ", matches.Select(i => i + 1))})");
                complete = false;
            }
            else if (matches.Count == 0 && columns[c].IsRequired)
            {
                problems.Add(source.DisplayName, line, $"missing required column '{columns[c].Name}'; the header has: {string.Join(", ", titles)}");
                complete = false;
            }

            indexes[c] = matches.Count == 1 ? matches[0] : -1;
        }

        return complete ? new Header(titles.Length, indexes) : null;
    }

    // Excel leaves rows of bare separators (",,") below the data; they carry nothing and are skipped.
    private static bool IsBlank(CsvReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (!reader.GetSpan(i).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    // CsvHelper would decode invalid bytes to U+FFFD; a name silently changed is worse than a clear error.
    private static bool IsValidUtf8(CsvReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (!Utf8.IsValid(reader.GetSpan(i)))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed: a double quote is missing; the rest of the file was read as one field",
        CsvMalformedReason.TextAfterClosingQuote => "text follows a closing double quote; inside a quoted field write a double quote as two (\"\")",
        _ => $"the row is not well-formed CSV ({reason})",
    };

    private sealed record Header(int FieldCount, int[] Indexes);
}
