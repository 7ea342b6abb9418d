namespace KpiTargets.Cli.Output;

/// <summary>
/// One row per assignment, in input order, with the cells of <see cref="LongRowCells"/>: the six canonical columns,
/// or all ten. Streams: nothing is held.
/// </summary>
internal sealed class LongTargetsLayout : ITargetsLayout
{
    private readonly ITableWriter _writer;
    private readonly LongRowCells _cells;

    public LongTargetsLayout(ITableWriter writer, OutputText text, AssignmentPolicy policy, bool canonicalOnly)
    {
        _writer = writer;
        _cells = new LongRowCells(text, policy, canonicalOnly);
        writer.WriteRow(_cells.Header);
    }

    public void Add(in TargetRow row) => _writer.WriteRow(_cells.Of(row));

    public void Complete()
    {
    }

    public void Dispose() => _writer.Dispose();
}
