namespace KpiTargets.Cli.Parallel;

/// <summary>
/// Splits delimited text into rows and fields, for the plain dialect that nearly every large results file is written
/// in: RFC 4180 quoting, rows ending in LF or CR LF, no line break or carriage return inside a field. Anything else (a
/// stray quote, text after a closing quote, a quote left open) is refused, and the caller hands the file to the full
/// reader, which reports it or reads it.
/// </summary>
/// <remarks>
/// An unquoted field is searched for three bytes, which is several times faster than four, so a carriage return in
/// one is not seen here: the caller compares the carriage returns of its text with the line ends that had one
/// (<c>endsWithCarriageReturn</c>), and refuses the text when some other carriage return is left.
/// </remarks>
internal sealed class PlainCsvRows(byte separator)
{
    private readonly byte _separator = separator;

    /// <summary>Reads the first row of <paramref name="text"/> into at most <paramref name="fields"/>' length.</summary>
    /// <param name="text">Whole rows.</param>
    /// <param name="fields">Where the fields go, as offsets into the row.</param>
    /// <param name="count">How many fields the row has.</param>
    /// <param name="rowLength">How many bytes the row has, without its line end.</param>
    /// <param name="consumed">How many bytes the row has with its line end (the last row may have none).</param>
    /// <param name="endsWithCarriageReturn">Whether the line end was CR LF.</param>
    /// <returns><see langword="false"/> when the row is outside the plain dialect or has too many fields.</returns>
    public bool TryRead(ReadOnlySpan<byte> text, Span<PlainField> fields, out int count, out int rowLength, out int consumed, out bool endsWithCarriageReturn)
    {
        count = rowLength = consumed = 0;
        endsWithCarriageReturn = false;
        var position = 0;
        while (count < fields.Length)
        {
            int end;
            if (position < text.Length && text[position] == (byte)'"')
            {
                if (!TryReadQuoted(text, position + 1, out var field))
                {
                    return false;
                }

                fields[count++] = field;
                end = field.Start + field.Length + 1;
            }
            else
            {
                var length = text[position..].IndexOfAny(_separator, (byte)'\n', (byte)'"');
                end = length < 0 ? text.Length : position + length;
                var fieldEnd = end;
                if (end < text.Length && text[end] == (byte)'\n' && end > position && text[end - 1] == (byte)'\r')
                {
                    fieldEnd--;
                    endsWithCarriageReturn = true;
                }

                fields[count++] = new PlainField(position, fieldEnd - position, false);
                if (fieldEnd < end)
                {
                    rowLength = fieldEnd;
                    consumed = end + 1;
                    return true;
                }
            }

            if (end == text.Length)
            {
                rowLength = consumed = end;
                return true;
            }

            var next = text[end];
            if (next == _separator)
            {
                position = end + 1;
                continue;
            }

            // After a field: a line feed, or (after a closing quote) a carriage return and a line feed.
            endsWithCarriageReturn = next == (byte)'\r' && end + 1 < text.Length && text[end + 1] == (byte)'\n';
            var lineEnd = next == (byte)'\n' ? 1 : endsWithCarriageReturn ? 2 : 0;
            rowLength = end;
            consumed = end + lineEnd;
            return lineEnd > 0;
        }

        return false;
    }

    // The field starts after an opening quote and ends at the quote that is not doubled.
    private static bool TryReadQuoted(ReadOnlySpan<byte> text, int start, out PlainField field)
    {
        field = default;
        var escaped = false;
        var position = start;
        while (true)
        {
            var found = text[position..].IndexOfAny((byte)'"', (byte)'\n', (byte)'\r');
            if (found < 0 || text[position + found] != (byte)'"')
            {
                return false;
            }

            position += found;
            if (position + 1 < text.Length && text[position + 1] == (byte)'"')
            {
                escaped = true;
                position += 2;
                continue;
            }

            field = new PlainField(start, position - start, escaped);
            return true;
        }
    }
}
