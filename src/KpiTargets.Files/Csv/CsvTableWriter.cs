using System.Text;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Csv;

/// <summary>
/// Writes CSV in a <see cref="CsvDialect"/>: plain (UTF-8 without BOM, commas, LF line ends) or as Excel opens it;
/// RFC 4180 quoting. Text that a spreadsheet would run as a formula
/// (it starts with = + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises, unless the
/// guard is turned off. Our readers remove the apostrophe again.
/// </summary>
/// <remarks>
/// CsvHelper decides how every text field is written (<see cref="CsvFieldEncoder"/>); this class only lays the
/// encoded fields side by side in a buffer. A number's shortest form is a sign, digits and a point, which never need
/// quotes, so it is copied as it is: a number is never guarded, even a negative one, whose '-' a spreadsheet reads as
/// the number's sign and not as a formula.
/// </remarks>
internal sealed class CsvTableWriter : ITableWriter
{
    private const int BufferSize = 1 << 16;

    private readonly Stream _destination;
    private readonly CsvDialect _dialect;
    private readonly CsvFieldEncoder _encoder;
    private readonly byte[] _separator;
    private readonly byte[] _newLine;
    private byte[] _buffer = new byte[BufferSize];
    private int _used;

    /// <summary>A writer of rows into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="guardFormulas">Whether text a spreadsheet would run as a formula gets a leading apostrophe.</param>
    /// <param name="dialect">How the file is spelled; <see cref="CsvDialect.Plain"/> when <see langword="null"/>.</param>
    /// <param name="startsFile">Whether these are a file's first bytes, which carry the dialect's byte order mark.</param>
    public CsvTableWriter(Stream destination, bool guardFormulas, CsvDialect? dialect = null, bool startsFile = true)
    {
        _destination = destination;
        _dialect = dialect ?? CsvDialect.Plain;
        _encoder = new CsvFieldEncoder(guardFormulas, _dialect.Separator);
        _separator = Encoding.UTF8.GetBytes([_dialect.Separator]);
        _newLine = Encoding.UTF8.GetBytes(_dialect.NewLine);
        if (startsFile && _dialect.ByteOrderMark)
        {
            Append("\uFEFF"u8);
        }
    }

    /// <inheritdoc/>
    public void WriteRow(ReadOnlySpan<Cell> cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                Append(_separator);
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
                var number = _buffer.AsSpan(_used, Encoding.ASCII.GetBytes(text, _buffer.AsSpan(_used)));
                number.Replace((byte)'.', (byte)_dialect.DecimalMark);
                _used += number.Length;
            }
        }

        Append(_newLine);
    }

    /// <inheritdoc/>
    public void NextTable() => Append(_newLine);

    /// <summary>Writes what is still buffered.</summary>
    public void Dispose()
    {
        _destination.Write(_buffer, 0, _used);
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

        _destination.Write(_buffer, 0, _used);
        _used = 0;
        if (bytes > _buffer.Length)
        {
            _buffer = new byte[bytes];
        }
    }
}
