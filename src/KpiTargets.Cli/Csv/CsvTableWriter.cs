using System.Text;
using KpiTargets.Cli.Tables;

namespace KpiTargets.Cli.Csv;

/// <summary>
/// Writes CSV: UTF-8 without BOM, LF line ends, RFC 4180 quoting. Text that a spreadsheet would run as a formula
/// (it starts with = + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises, unless the
/// guard is turned off. Our readers remove the apostrophe again.
/// </summary>
/// <remarks>
/// CsvHelper decides how every text field is written (<see cref="CsvFieldEncoder"/>); this class only lays the
/// encoded fields side by side in a buffer. A number's shortest form is a sign, digits and a point, which never need
/// quotes, so it is copied as it is: a number is never guarded, even a negative one, whose '-' a spreadsheet reads as
/// the number's sign and not as a formula.
/// </remarks>
internal sealed class CsvTableWriter(Stream destination, bool guardFormulas) : ITableWriter
{
    private const int BufferSize = 1 << 16;

    private readonly CsvFieldEncoder _encoder = new(guardFormulas);
    private byte[] _buffer = new byte[BufferSize];
    private int _used;

    /// <inheritdoc/>
    public void WriteRow(ReadOnlySpan<Cell> cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                Append(","u8);
            }

            ref readonly var cell = ref cells[i];
            var text = cell.Text;
            if (cell.Number is null)
            {
                Append(_encoder.Encode(text));
            }
            else
            {
                MakeRoom(text.Length);
                _used += Encoding.ASCII.GetBytes(text, _buffer.AsSpan(_used));
            }
        }

        Append("\n"u8);
    }

    /// <summary>Writes what is still buffered.</summary>
    public void Dispose()
    {
        destination.Write(_buffer, 0, _used);
        _used = 0;
        _encoder.Dispose();
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
