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
    private readonly AssignmentPolicy _policy;
    private readonly Cell[] _row;

    public LongTargetsLayout(ITableWriter writer, OutputText text, AssignmentPolicy policy, bool canonicalOnly)
    {
        _writer = writer;
        _text = text;
        _policy = policy;
        _row = new Cell[canonicalOnly ? CanonicalColumns : text.LongHeader.Length];
        writer.WriteRow(Header(text, canonicalOnly));
    }

    /// <summary>The header row: the titles of the columns kept.</summary>
    public static Cell[] Header(OutputText text, bool canonicalOnly) =>
        [.. text.LongHeader.Take(canonicalOnly ? CanonicalColumns : text.LongHeader.Length).Select(title => (Cell)title)];

    // The parallel path writes the same columns with Parallel.PlainRowWriter; a change here belongs there too.
    public void Add(in TargetRow row)
    {
        var decision = row.Decision;
        _row[0] = row.Unit;
        _row[1] = row.Indicator.Code;
        _row[2] = Cell.Of(row.Result2023);
        _row[3] = Cell.Of(row.Indicator.CentralTarget);
        _row[4] = Cell.Of(decision.Target);
        _row[5] = decision.Clause.Letter();
        if (_row.Length > CanonicalColumns)
        {
            _row[6] = row.Indicator.NameVietnamese;
            _row[7] = decision.IsCapped ? _text.Yes : _text.No;
            _row[8] = decision.HasNoBaseline ? _text.Yes : _text.No;

            // The library explains an Assignment; deciding again costs nanoseconds beside the sentence.
            _row[9] = TargetRule.Assign(row.Unit, row.Indicator, row.Result2023, _policy).ExplainIn(_text.Explanation);
        }

        _writer.WriteRow(_row);
    }

    public void Complete()
    {
    }

    public void Dispose() => _writer.Dispose();
}
