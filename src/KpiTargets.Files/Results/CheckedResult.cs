namespace KpiTargets.Files.Results;

/// <summary>A results row that passed every check: ready for the rule.</summary>
/// <param name="Line">The physical line the row starts on.</param>
/// <param name="Unit">The unit's name, exactly as read.</param>
/// <param name="Indicator">The catalog indicator the code named.</param>
/// <param name="Result2023">The parsed result, or <see langword="null"/> when the cell was empty; from counts, their rate.</param>
/// <param name="Counts">The counts the result was computed from, or <see langword="null"/> when the row had none.</param>
internal readonly record struct CheckedResult(long Line, string Unit, Indicator Indicator, decimal? Result2023, RateCounts? Counts = null);
