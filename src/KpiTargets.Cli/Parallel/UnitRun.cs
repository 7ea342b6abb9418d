namespace KpiTargets.Cli.Parallel;

/// <summary>A run of rows of one unit within a chunk, and the catalog indicators they gave a result for.</summary>
/// <param name="UnitHash">
/// The 64-bit XxHash3 of the unit's name as duplicates are compared, in UTF-8 (Unicode NFC, trimmed): two names with one
/// hash are taken for one unit, which can only send a file to the full reader, never let a duplicate through.
/// </param>
/// <param name="Indicators">Bit <c>i</c> is set when the run has a row for the catalog's <c>i</c>-th indicator.</param>
internal readonly record struct UnitRun(ulong UnitHash, ulong Indicators);
