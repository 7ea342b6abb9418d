using KpiTargets.Cli.Input;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// What assigning one chunk needs and gives, kept for the next chunk once the chunk's output is written: buffers of a
/// chunk's size would otherwise be allocated and collected hundreds of times a second.
/// </summary>
internal sealed class ChunkWorkspace(IndicatorCatalog catalog, PlainRowWriter rows) : IDisposable
{
    /// <summary>The chunk's rows as CSV bytes.</summary>
    public PlainRowWriter Rows { get; } = rows;

    /// <summary>The catalog's codes as bytes.</summary>
    public IndicatorCodeBytes Codes { get; } = new(catalog);

    /// <summary>The chunk's runs of rows of one unit, in order.</summary>
    public List<UnitRun> Runs { get; } = [];

    /// <summary>Makes the workspace ready for another chunk.</summary>
    public void Clear()
    {
        Rows.Clear();
        Runs.Clear();
    }

    public void Dispose() => Rows.Dispose();
}
