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

    public void WriteRow(ReadOnlySpan<Cell> cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            // Room for a separator and any number; text makes its own room.
            MakeRoom(1 + DecimalText.MaxLength);
            if (i > 0)
            {
                _buffer[_used++] = (byte)',';
            }

            ref readonly var cell = ref cells[i];
            if (cell.Number is not { } value || !TryWriteNumber(value))
            {
                Append(cell.Number is null ? _encoder.Encode(cell.Text) : _encoder.EncodeNow(cell.Text));
            }
        }

        MakeRoom(1);
        _buffer[_used++] = (byte)'\n';
    }

    public void Dispose()
    {
        destination.Write(_buffer, 0, _used);
        _used = 0;
        _encoder.Dispose();
    }

    private bool TryWriteNumber(decimal value)
    {
        if (!CsvNumberField.TryWrite(value, _buffer.AsSpan(_used), out var length))
        {
            return false;
        }

        _used += length;
        return true;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        MakeRoom(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void MakeRoom(int bytes)
    {
        if (_used + bytes <= _buffer.Length)
        {
            return;
        }

        destination.Write(_buffer, 0, _used);
        _used = 0;
        if (bytes > _buffer.Length)
        {
            _buffer = new byte[bytes];
        }
    }
}
