namespace KpiTargets.Files.Jobs;

/// <summary>What a successful <c>assign</c> read, for a summary a person reads (the dropped-file run prints it).</summary>
/// <param name="Rows">Result rows, one per unit and indicator (a wide row gives one per indicator column).</param>
/// <param name="Units">Distinct units, compared as the duplicate check compares them (trimmed, NFC).</param>
/// <param name="Indicators">Distinct catalog indicators that at least one row has.</param>
internal readonly record struct AssignCounts(long Rows, int Units, int Indicators);
