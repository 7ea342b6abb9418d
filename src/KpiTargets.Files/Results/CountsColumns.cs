namespace KpiTargets.Files.Results;

/// <summary>Where a counts file keeps its counts.</summary>
/// <param name="Numerator">The long layout's numerator column; -1 in the wide layout.</param>
/// <param name="Denominator">The long layout's denominator column; -1 in the wide layout.</param>
/// <param name="Wide">The wide layout's columns per indicator; <see langword="null"/> in the long layout.</param>
internal sealed record CountsColumns(int Numerator, int Denominator, IReadOnlyList<CountedColumns>? Wide);
