namespace KpiTargets.Cli.Parallel;

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
