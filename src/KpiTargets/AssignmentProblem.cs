namespace KpiTargets;

/// <summary>A result <see cref="TargetRule.AssignValid"/> could not assign.</summary>
/// <param name="Index">Its place in the sequence of results, from 0.</param>
/// <param name="Result">The result as given.</param>
/// <param name="Message">What is wrong, as the exception of <see cref="TargetRule.Assign"/> or <see cref="IndicatorCatalog.Find"/> would say it.</param>
public sealed record AssignmentProblem(long Index, UnitResult Result, string Message);
