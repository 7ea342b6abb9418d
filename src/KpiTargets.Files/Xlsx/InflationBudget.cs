using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Xlsx;

/// <summary>
/// How many bytes a workbook's parts have inflated to so far, all parts together: past
/// <see cref="SpreadsheetMl.MaxInflatedBytes"/>, reading stops with <see cref="InvalidDataException"/>, which the reader
/// reports as a damaged workbook.
/// </summary>
internal sealed class InflationBudget
{
    private long _inflated;

    private void Spend(int bytes)
    {
        _inflated += bytes;
        if (_inflated > SpreadsheetMl.MaxInflatedBytes)
        {
            throw new InvalidDataException($"its parts inflate to more than {SpreadsheetMl.MaxInflatedBytes >> 30} GiB");
        }
    }

    /// <summary>A part's inflating stream that spends from the package's budget as it is read.</summary>
    internal sealed class Stream(System.IO.Stream part, InflationBudget budget) : ReadOnlyStream(part)
    {
        /// <inheritdoc/>
        public override int Read(Span<byte> buffer)
        {
            var read = Inner.Read(buffer);
            budget.Spend(read);
            return read;
        }
    }
}
