using System.Runtime.ExceptionServices;

namespace KpiTargets.Cli.Parallel;

/// <summary>What assigning one chunk gave: its workspace, holding its output and its runs of units, or a refusal.</summary>
/// <param name="Workspace">
/// The chunk's output rows and runs of units; <see langword="null"/> when a row was not plain or not valid, and the file
/// goes to the full reader, which reports what is wrong or reads what is unusual.
/// </param>
/// <param name="Rows">How many data rows the chunk had.</param>
/// <param name="Fault">
/// What went wrong reading or assigning the chunk, thrown when the chunk's turn to be written comes: a chunk refused
/// before it in the file still sends the file to the full reader, as when chunks were handled one after another.
/// </param>
internal sealed record ChunkResult(ChunkWorkspace? Workspace, long Rows, ExceptionDispatchInfo? Fault = null)
{
    /// <summary>A chunk that only the full reader can read.</summary>
    public static ChunkResult NotPlain { get; } = new(null, 0);

    /// <summary>A chunk that could not be read or assigned.</summary>
    public static ChunkResult Faulted(Exception exception) => new(null, 0, ExceptionDispatchInfo.Capture(exception));
}
