namespace KpiTargets.Cli.Parallel;

/// <summary>A run of rows of one unit within a chunk, and the catalog indicators they gave a result for.</summary>
/// <param name="UnitHash">
/// The 64-bit XxHash3 of the unit's name as duplicates are compared (Unicode NFC, trimmed, UTF-16): two names with one
/// hash are taken for one unit, which can only send a file to the full reader, never let a duplicate through.
/// </param>
/// <param name="Indicators">Bit <c>i</c> is set when the run has a row for the catalog's <c>i</c>-th indicator.</param>
internal readonly record struct UnitRun(ulong UnitHash, ulong Indicators);

/// <summary>What assigning one chunk gave: its workspace, holding its output and its runs of units, or a refusal.</summary>
/// <param name="Workspace">
/// The chunk's output rows and runs of units; <see langword="null"/> when a row was not plain or not valid, and the file
/// goes to the full reader, which reports what is wrong or reads what is unusual.
/// </param>
/// <param name="Rows">How many data rows the chunk had.</param>
internal sealed record ChunkResult(ChunkWorkspace? Workspace, long Rows)
{
    /// <summary>A chunk that only the full reader can read.</summary>
    public static ChunkResult NotPlain { get; } = new(null, 0);
}
