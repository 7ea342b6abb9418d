namespace KpiTargets.Files.Xlsx;

/// <summary>One worksheet of a workbook being written.</summary>
/// <param name="Name">The sheet's name on its tab (at most 31 characters, none of <c>[]:*?/\</c>).</param>
/// <param name="ColumnWidths">Column widths in Excel's character units, from the first column.</param>
internal sealed record XlsxSheet(string Name, IReadOnlyList<double> ColumnWidths);
