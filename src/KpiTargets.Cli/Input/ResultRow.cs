namespace KpiTargets.Cli.Input;

/// <summary>One row of a results file as read, before any check.</summary>
/// <param name="Line">The physical line the row starts on.</param>
/// <param name="Unit">The unit's name, exactly as read.</param>
/// <param name="IndicatorCode">The indicator code, as read.</param>
/// <param name="ResultText">The 2023 result, as read; empty when the unit has none.</param>
internal readonly record struct ResultRow(long Line, string Unit, string IndicatorCode, string ResultText);
