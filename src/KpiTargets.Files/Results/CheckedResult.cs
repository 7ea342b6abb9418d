namespace KpiTargets.Files.Results;

/// <summary>A results row that passed every check: ready for the rule.</summary>
/// <param name="Line">The physical line the row starts on.</param>
/// <param name="Unit">The unit's name, exactly as read.</param>
/// <param name="Indicator">The catalog indicator the code named.</param>
/// <param name="Result2023">The parsed result, or <see langword="null"/> when the cell was empty; from counts, their rate.</param>
/// <param name="Counts">The counts the result was computed from, or <see langword="null"/> when the row had none.</param>
internal readonly record struct CheckedResult(long Line, string Unit, Indicator Indicator, decimal? Result2023, RateCounts? Counts = null)
{
    /// <summary>
    /// The row's 2024 target, the one decision every command and the files package make of it: from the counts when the
    /// row has them, so the explanation starts from them, from its result otherwise.
    /// </summary>
    public Assignment Assign(AssignmentPolicy? policy) => Counts is { } counts
        ? TargetRule.AssignFromCounts(Unit, Indicator, counts, policy)
        : TargetRule.Assign(Unit, Indicator, Result2023, policy);
}
