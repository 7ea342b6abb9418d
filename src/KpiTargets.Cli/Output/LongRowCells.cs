namespace KpiTargets.Cli.Output;

/// <summary>
/// The cells of the long layout for one decided result: the six canonical columns (unit, indicator, result_2023,
/// central_target, target_2024, rule), then, unless only those are wanted, the reviewer's (indicator name, capped,
/// no baseline, explanation). One instance fills one array again for every row, so it serves one thread.
/// </summary>
internal sealed class LongRowCells
{
    /// <summary>How many columns the canonical layout keeps: unit, indicator, result_2023, central_target, target_2024, rule.</summary>
    public const int CanonicalColumns = 6;

    private readonly OutputText _text;
    private readonly AssignmentPolicy _policy;
    private readonly Cell[] _row;

    public LongRowCells(OutputText text, AssignmentPolicy policy, bool canonicalOnly)
    {
        _text = text;
        _policy = policy;
        _row = new Cell[canonicalOnly ? CanonicalColumns : text.LongHeader.Length];
        Header = [.. text.LongHeader.Take(_row.Length).Select(title => (Cell)title)];
    }

    /// <summary>The titles of the columns kept.</summary>
    public Cell[] Header { get; }

    /// <summary>The cells of <paramref name="row"/>; valid until the next call.</summary>
    public ReadOnlySpan<Cell> Of(in TargetRow row)
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

        return _row;
    }
}
