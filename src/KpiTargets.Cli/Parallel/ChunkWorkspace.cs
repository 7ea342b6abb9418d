using KpiTargets.Cli.Input;
using KpiTargets.Cli.Output;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// What assigning one chunk needs and gives, kept for the next chunk once the chunk's output is written: buffers of a
/// chunk's size would otherwise be allocated and collected hundreds of times a second.
/// </summary>
internal sealed class ChunkWorkspace : IDisposable
{
    public ChunkWorkspace(IndicatorCatalog catalog, LongRowCells cells, bool guardFormulas)
    {
        Codes = new IndicatorCodeBytes(catalog);
        Cells = cells;
        Writer = new CsvTableWriter(Output, guardFormulas);
    }

    /// <summary>The chunk's rows as CSV bytes, once <see cref="Writer"/> is flushed.</summary>
    public MemoryStream Output { get; } = new();

    /// <summary>The writer of the chunk's rows, into <see cref="Output"/>.</summary>
    public CsvTableWriter Writer { get; }

    /// <summary>The cells of a row.</summary>
    public LongRowCells Cells { get; }

    /// <summary>The catalog's codes as bytes.</summary>
    public IndicatorCodeBytes Codes { get; }

    /// <summary>The chunk's runs of rows of one unit, in order.</summary>
    public List<UnitRun> Runs { get; } = [];

    /// <summary>Makes the workspace ready for another chunk.</summary>
    public void Clear()
    {
        Output.SetLength(0);
        Runs.Clear();
    }

    public void Dispose()
    {
        Writer.Dispose();
        Output.Dispose();
    }
}
