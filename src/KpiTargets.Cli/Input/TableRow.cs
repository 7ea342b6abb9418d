namespace KpiTargets.Cli.Input;

/// <summary>One data record of a CSV table, reduced to the columns that were asked for.</summary>
/// <param name="Line">The physical line the record starts on (1-based).</param>
/// <param name="Values">One value per requested column, in request order; <see langword="null"/> when an optional column is absent.</param>
internal readonly record struct TableRow(long Line, string?[] Values);
