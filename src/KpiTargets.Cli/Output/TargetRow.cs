namespace KpiTargets.Cli.Output;

/// <summary>
/// One result with the rule's decision: what a layout needs to write a row. A value, so that a million rows cost no
/// allocation; the library's <see cref="Assignment"/> is made only where its explanation is written.
/// </summary>
/// <param name="Unit">The unit's name, as read.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Result2023">The 2023 result, or <see langword="null"/> when the unit has none.</param>
/// <param name="Decision">
/// What <see cref="TargetRule.Decide"/> decided for exactly this indicator and result under the run's policy; the long
/// layout's explanation decides again from the same inputs, so any other decision would be explained wrongly.
/// </param>
internal readonly record struct TargetRow(string Unit, Indicator Indicator, decimal? Result2023, TargetDecision Decision);
