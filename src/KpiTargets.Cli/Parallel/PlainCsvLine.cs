using System.Buffers;

namespace KpiTargets.Cli.Parallel;

/// <summary>Where one field of a line lies, without its quotes.</summary>
/// <param name="Start">The offset of the field's first byte in the line.</param>
/// <param name="Length">How many bytes the field has.</param>
/// <param name="HasEscapedQuotes">Whether the field was quoted and holds <c>""</c>, which stands for one quote.</param>
internal readonly record struct PlainField(int Start, int Length, bool HasEscapedQuotes);

/// <summary>
/// Splits one line of delimited text into fields, for the plain dialect that nearly every large results file is
/// written in: RFC 4180 quoting, with no line break or carriage return inside a field. Anything else (a stray quote,
/// text after a closing quote, a quote left open) is refused, and the caller hands the file to the full reader,
/// which reports it.
/// </summary>
internal sealed class PlainCsvLine(byte separator)
{
    private readonly byte _separator = separator;
    private readonly SearchValues<byte> _unquotedEnds = SearchValues.Create([separator, (byte)'"', (byte)'\r']);
    private readonly SearchValues<byte> _quotedEnds = SearchValues.Create([(byte)'"', (byte)'\r']);

    /// <summary>Splits <paramref name="line"/> (without its line end) into at most <paramref name="fields"/>' length.</summary>
    /// <returns><see langword="false"/> when the line is outside the plain dialect or has too many fields.</returns>
    public bool TrySplit(ReadOnlySpan<byte> line, Span<PlainField> fields, out int count)
    {
        count = 0;
        var position = 0;
        while (count < fields.Length)
        {
            if (position < line.Length && line[position] == (byte)'"')
            {
                if (!TryReadQuoted(line, position + 1, out var field))
                {
                    return false;
                }

                fields[count++] = field;
                position = field.Start + field.Length + 1;
            }
            else
            {
                var length = line[position..].IndexOfAny(_unquotedEnds);
                if (length < 0)
                {
                    fields[count++] = new PlainField(position, line.Length - position, false);
                    return true;
                }

                fields[count++] = new PlainField(position, length, false);
                position += length;
            }

            if (position == line.Length)
            {
                return true;
            }

            if (line[position] != _separator)
            {
                return false;
            }

            position++;
        }

        return false;
    }

    // The field starts after an opening quote and ends at the quote that is not doubled.
    private bool TryReadQuoted(ReadOnlySpan<byte> line, int start, out PlainField field)
    {
        field = default;
        var escaped = false;
        var position = start;
        while (true)
        {
            var found = line[position..].IndexOfAny(_quotedEnds);
            if (found < 0 || line[position + found] == (byte)'\r')
            {
                return false;
            }

            position += found;
            if (position + 1 < line.Length && line[position + 1] == (byte)'"')
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
