namespace KpiTargets.Files.Results;

/// <summary>One unit's result on one indicator as read, before any check; the same for every input layout.</summary>
/// <param name="Line">The physical line (or workbook row) the result is on.</param>
/// <param name="Unit">The unit's name, as read (Unicode NFC).</param>
/// <param name="IndicatorCode">The indicator code, as read (or the wide layout's column code).</param>
/// <param name="ResultText">
/// The 2023 result, as read; empty, <c>N/A</c> or <c>-</c> when the unit has none; <see langword="null"/> in a counts
/// file without a result column, where the counts give it.
/// </param>
/// <param name="Counts">The numerator and denominator, as read; <see langword="null"/> when the file has no counts columns.</param>
internal readonly record struct ResultRow(long Line, string Unit, string IndicatorCode, string? ResultText, CountsText? Counts = null);
