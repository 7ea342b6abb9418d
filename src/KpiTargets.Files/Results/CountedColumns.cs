namespace KpiTargets.Files.Results;

/// <summary>One indicator's columns in a wide counts file; -1 where a column is absent.</summary>
/// <param name="Code">The indicator's code, as the catalog spells it.</param>
/// <param name="Result">Its result column (<c>CT1</c>), or -1.</param>
/// <param name="Numerator">Its numerator column (<c>CT1 tử số</c>), or -1 for a result alone.</param>
/// <param name="Denominator">Its denominator column (<c>CT1 mẫu số</c>), or -1 for a result alone.</param>
internal readonly record struct CountedColumns(string Code, int Result, int Numerator, int Denominator);
