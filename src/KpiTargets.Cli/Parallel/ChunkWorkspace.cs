using KpiTargets.Cli.Input;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// What assigning one chunk needs and gives, kept for the next chunk once the chunk's output is written: buffers of a
/// chunk's size would otherwise be allocated and collected hundreds of times a second.
/// </summary>
internal sealed class ChunkWorkspace(IndicatorCatalog catalog, PlainRowWriter writer) : IDisposable
{
    /// <summary>The writer of the chunk's rows, which holds them as CSV bytes.</summary>
    public PlainRowWriter Writer { get; } = writer;

    /// <summary>The catalog's codes as bytes.</summary>
    public IndicatorCodeBytes Codes { get; } = new(catalog);

    /// <summary>The chunk's runs of rows of one unit, in order.</summary>
    public List<UnitRun> Runs { get; } = [];

    /// <summary>Makes the workspace ready for another chunk.</summary>
    public void Clear()
    {
        Writer.Clear();
        Runs.Clear();
    }

    public void Dispose() => Writer.Dispose();
}
