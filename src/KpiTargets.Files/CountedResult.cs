using KpiTargets.Files.Results;

namespace KpiTargets.Files;

/// <summary>One row of a counts file: a unit's 2023 result on one indicator and the counts it was computed from.</summary>
/// <param name="Unit">The unit's name, as written (Unicode NFC).</param>
/// <param name="IndicatorCode">The indicator's code, as the catalog spells it.</param>
/// <param name="Result2023">
/// The rate of the counts as it is reported (<see cref="RateCounts.Rate"/>); the row's own result when it had no counts;
/// <see langword="null"/> for no result (both counts empty, or a denominator of 0).
/// </param>
/// <param name="Counts">The numerator and denominator, or <see langword="null"/> when the row had none.</param>
public readonly record struct CountedResult(string Unit, string IndicatorCode, decimal? Result2023, RateCounts? Counts)
{
    /// <summary>The row as a result for <see cref="TargetRule.AssignAll"/>, without its counts.</summary>
    public UnitResult ToUnitResult() => new(Unit, IndicatorCode, Result2023);

    /// <summary>
    /// The row's 2024 target, decided from its rate as <c>kpi-targets assign</c> decides it: from the counts
    /// (<see cref="TargetRule.AssignFromCounts"/>) when it has them, from its result otherwise.
    /// </summary>
    /// <param name="catalog">The catalog the file was read with.</param>
    /// <param name="policy">The open choices; <see cref="AssignmentPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>The assignment, its explanation starting from the counts.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no indicator <see cref="IndicatorCode"/>.</exception>
    public Assignment Assign(IndicatorCatalog catalog, AssignmentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new CheckedResult(0, Unit, catalog.Find(IndicatorCode), Result2023, Counts).Assign(policy);
    }
}
