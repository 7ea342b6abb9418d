namespace KpiTargets;

/// <summary>One unit's 2023 result on one indicator: the input of <see cref="TargetRule.AssignAll"/>.</summary>
/// <param name="Unit">The unit's name, for example <c>"UBND xã Bình Thuận"</c>; kept exactly as given.</param>
/// <param name="IndicatorCode">The indicator's code in the catalog, for example <c>"9.2"</c>.</param>
/// <param name="Result2023">The 2023 result, or <see langword="null"/> when the unit has none.</param>
public readonly record struct UnitResult(string Unit, string IndicatorCode, decimal? Result2023);
