namespace KpiTargets.Cli.Output;

/// <summary>
/// One row per assignment, in input order: the six canonical columns (unit, indicator, result_2023,
/// central_target, target_2024, rule), then, unless only those are wanted, the reviewer's (indicator name, capped,
/// no baseline, explanation). Streams: nothing is held.
/// </summary>
internal sealed class LongTargetsLayout : ITargetsLayout
{
    /// <summary>How many columns the canonical layout keeps: unit, indicator, result_2023, central_target, target_2024, rule.</summary>
    public const int CanonicalColumns = 6;

    private readonly ITableWriter _writer;
    private readonly OutputText _text;
    private readonly Cell[] _row;

    public LongTargetsLayout(ITableWriter writer, OutputText text, bool canonicalOnly)
    {
        _writer = writer;
        _text = text;
        _row = new Cell[canonicalOnly ? CanonicalColumns : text.LongHeader.Length];
        writer.WriteRow([.. text.LongHeader.Take(_row.Length).Select(title => (Cell)title)]);
    }

    public void Add(Assignment assignment)
    {
        _row[0] = assignment.Unit;
        _row[1] = assignment.Indicator.Code;
        _row[2] = Cell.Of(assignment.Result2023);
        _row[3] = Cell.Of(assignment.CentralTarget);
        _row[4] = Cell.Of(assignment.Target2024);
        _row[5] = assignment.Clause.Letter();
        if (_row.Length > CanonicalColumns)
        {
            _row[6] = assignment.Indicator.NameVietnamese;
            _row[7] = assignment.IsCapped ? _text.Yes : _text.No;
            _row[8] = assignment.HasNoBaseline ? _text.Yes : _text.No;
            _row[9] = assignment.ExplainIn(_text.Explanation);
        }

        _writer.WriteRow(_row);
    }

    public void Complete()
    {
    }

    public void Dispose() => _writer.Dispose();
}
