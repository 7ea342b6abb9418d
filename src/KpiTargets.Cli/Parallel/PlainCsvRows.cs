namespace KpiTargets.Cli.Parallel;

/// <summary>
/// Splits whole lines of delimited text into rows and fields, for the plain dialect that nearly every large results
/// file is written in: RFC 4180 quoting, rows ending in LF or CR LF, no line break or carriage return inside a field.
/// Anything else (a stray quote, text after a closing quote, a quote left open, a carriage return not before a line
/// feed) is refused, and the caller hands the file to the full reader, which reports it or reads it.
/// </summary>
internal ref struct PlainCsvRows
{
    private readonly ReadOnlySpan<byte> _text;
    private readonly byte _separator;
    private StructuralBytes _structure;

    /// <summary>Reads the rows of <paramref name="text"/>, fields separated by <paramref name="separator"/>.</summary>
    public PlainCsvRows(ReadOnlySpan<byte> text, byte separator)
    {
        _text = text;
        _separator = separator;
        _structure = new StructuralBytes(text, separator);
    }

    /// <summary>Where the next row starts: the bytes read so far, line ends included.</summary>
    public int Position { get; private set; }

    /// <summary>Whether every row has been read.</summary>
    public readonly bool IsAtEnd => Position >= _text.Length;

    /// <summary>Reads the next row into at most <paramref name="fields"/>' length.</summary>
    /// <param name="fields">Where the fields go, as offsets into the row.</param>
    /// <param name="count">How many fields the row has.</param>
    /// <param name="rowStart">Where the row starts in the text.</param>
    /// <param name="rowLength">How many bytes the row has, without its line end.</param>
    /// <param name="endsWithCarriageReturn">Whether the line end was CR LF.</param>
    /// <returns><see langword="false"/> when the row is outside the plain dialect or has too many fields.</returns>
    public bool TryRead(scoped Span<PlainField> fields, out int count, out int rowStart, out int rowLength, out bool endsWithCarriageReturn)
    {
        count = rowLength = 0;
        rowStart = Position;
        endsWithCarriageReturn = false;
        var position = rowStart;
        while (count < fields.Length)
        {
            int end;
            if (position < _text.Length && _text[position] == (byte)'"')
            {
                if (!TryReadQuoted(position + 1, out end, out var escaped))
                {
                    return false;
                }

                fields[count++] = new PlainField(position + 1 - rowStart, end - position - 1, escaped);
                end++;
            }
            else
            {
                end = _structure.Next(position);
                fields[count++] = new PlainField(position - rowStart, end - position, false);
            }

            if (end == _text.Length)
            {
                rowLength = end - rowStart;
                Position = end;
                return true;
            }

            var next = _text[end];
            if (next == _separator)
            {
                position = end + 1;
                continue;
            }

            // After a field: a line feed, or a carriage return and a line feed. A quote here is a stray one, and a
            // carriage return alone is a line end to the full reader.
            endsWithCarriageReturn = next == (byte)'\r' && end + 1 < _text.Length && _text[end + 1] == (byte)'\n';
            var lineEnd = next == (byte)'\n' ? 1 : endsWithCarriageReturn ? 2 : 0;
            rowLength = end - rowStart;
            Position = end + lineEnd;
            return lineEnd > 0;
        }

        return false;
    }

    // The field starts after an opening quote and ends at the quote that is not doubled; a separator inside is text.
    private bool TryReadQuoted(int start, out int closingQuote, out bool escaped)
    {
        escaped = false;
        var position = start;
        while (true)
        {
            closingQuote = _structure.Next(position);
            if (closingQuote == _text.Length)
            {
                return false;
            }

            var found = _text[closingQuote];
            if (found == _separator)
            {
                position = closingQuote + 1;
                continue;
            }

            if (found != (byte)'"')
            {
                return false;
            }

            if (closingQuote + 1 < _text.Length && _text[closingQuote + 1] == (byte)'"')
            {
                escaped = true;
                position = closingQuote + 2;
                continue;
            }

            return true;
        }
    }
}
