using CsvHelper;
using KpiTargets.Cli.Text;

namespace KpiTargets.Cli.Output;

/// <summary>
/// Writes CSV: UTF-8 without BOM, LF line ends, RFC 4180 quoting. Text that a spreadsheet would run as a formula
/// (it starts with = + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises, unless the
/// guard is turned off; numbers never need it. Our readers remove the apostrophe again.
/// </summary>
internal sealed class CsvTableWriter(Stream destination, bool guardFormulas) : ITableWriter
{
    private readonly CsvWriter _csv = CsvWriter.Create(
        destination,
        new CsvWriterOptions
        {
            NewLine = "\n",
            Injection = guardFormulas ? CsvInjection.Escape : CsvInjection.None,
            InjectionCharacters = FormulaGuard.DangerousStarts,
            InjectionEscape = FormulaGuard.Escape,
        },
        leaveOpen: true);

    public void WriteRow(IReadOnlyList<Cell> cells)
    {
        Span<byte> number = stackalloc byte[DecimalText.MaxLength];
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.Number is { } value)
            {
                // Formatted straight to UTF-8: no string per number, nothing to transcode.
                DecimalText.TryWriteShortest(value, number, out var length);
                _csv.WriteField(number[..length]);
            }
            else
            {
                _csv.WriteField(cell.Text);
            }
        }

        _csv.EndRecord();
    }

    public void Dispose() => _csv.Dispose();
}
