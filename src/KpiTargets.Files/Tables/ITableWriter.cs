namespace KpiTargets.Files.Tables;

/// <summary>Writes rows of cells in one file format (CSV, workbook); the first row written, and the first after <see cref="NextTable"/>, is a header.</summary>
internal interface ITableWriter : IDisposable
{
    /// <summary>Writes one row; every row has as many cells as the header.</summary>
    void WriteRow(ReadOnlySpan<Cell> cells);

    /// <summary>
    /// Ends the current table; the next row written is the header of the next one: a workbook's next sheet, or in CSV
    /// the row after an empty line.
    /// </summary>
    void NextTable();
}
