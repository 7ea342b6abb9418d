namespace KpiTargets.Cli.Output;

/// <summary>
/// Writes CSV: UTF-8 without BOM, LF line ends, RFC 4180 quoting. Text that a spreadsheet would run as a formula
/// (it starts with = + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises, unless the
/// guard is turned off. Our readers remove the apostrophe again.
/// </summary>
/// <remarks>
/// CsvHelper decides how every text field is written (<see cref="CsvFieldEncoder"/>); this class only lays the
/// encoded fields side by side in a buffer. Numbers are formatted straight to UTF-8 and need no quoting; a negative
/// one starts with the formula character '-', so it goes through CsvHelper like text.
/// </remarks>
internal sealed class CsvTableWriter(Stream destination, bool guardFormulas) : ITableWriter
{
    private const int BufferSize = 1 << 16;

    private readonly CsvFieldEncoder _encoder = new(guardFormulas);
    private byte[] _buffer = new byte[BufferSize];
    private int _used;

    public void WriteRow(IReadOnlyList<Cell> cells)
    {
        Span<byte> number = stackalloc byte[DecimalText.MaxLength];
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                Append(","u8);
            }

            var cell = cells[i];
            if (cell.Number is { } value && DecimalText.TryWriteShortest(value, number, out var length) && number[0] != (byte)'-')
            {
                Append(number[..length]);
            }
            else
            {
                Append(cell.Number is null ? _encoder.Encode(cell.Text) : _encoder.EncodeNow(cell.Text));
            }
        }

        Append("\n"u8);
    }

    public void Dispose()
    {
        destination.Write(_buffer, 0, _used);
        _used = 0;
        _encoder.Dispose();
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_used + bytes.Length > _buffer.Length)
        {
            destination.Write(_buffer, 0, _used);
            _used = 0;
            if (bytes.Length > _buffer.Length)
            {
                _buffer = new byte[bytes.Length];
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }
}
