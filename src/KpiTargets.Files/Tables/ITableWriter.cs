namespace KpiTargets.Files.Tables;

/// <summary>Writes rows of cells in one file format (CSV, workbook); the first row written is the header.</summary>
internal interface ITableWriter : IDisposable
{
    /// <summary>Writes one row; every row has as many cells as the header.</summary>
    void WriteRow(ReadOnlySpan<Cell> cells);
}
