using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Targets;

/// <summary>
/// One row per assignment, in input order: the six canonical columns (unit, indicator, result_2023,
/// central_target, target_2024, rule), then, unless only those are wanted, the reviewer's (indicator name, capped,
/// no baseline, explanation). Streams: nothing is held.
/// </summary>
internal sealed class LongTargetsLayout : TargetsLayout
{
    /// <summary>How many columns the canonical layout keeps: unit, indicator, result_2023, central_target, target_2024, rule.</summary>
    public const int CanonicalColumns = 6;

    private readonly OutputText _text;
    private readonly Cell[] _row;

    // An indicator's central target is on every row of it, and is the target of every row under clause a: its text
    // is made once.
    private readonly Dictionary<Indicator, Cell> _centralTargets = new(ReferenceEqualityComparer.Instance);

    /// <summary>A layout whose rows follow a header; <paramref name="writeHeader"/> is false for a part of a file that has one already.</summary>
    public LongTargetsLayout(ITableWriter writer, OutputText text, bool canonicalOnly, bool writeHeader = true)
        : base(writer)
    {
        _text = text;
        _row = new Cell[canonicalOnly ? CanonicalColumns : text.LongHeader.Length];
        if (writeHeader)
        {
            writer.WriteRow([.. text.LongHeader.Take(_row.Length).Select(title => (Cell)title)]);
        }
    }

    /// <inheritdoc/>
    public override void Add(Assignment assignment)
    {
        _row[0] = assignment.Unit;
        _row[1] = assignment.Indicator.Code;
        _row[2] = Cell.Of(assignment.Result2023);
        _row[3] = CentralTarget(assignment.Indicator);
        _row[4] = assignment.Target2024 == assignment.CentralTarget ? _row[3] : Cell.Of(assignment.Target2024);
        _row[5] = assignment.Clause.Letter();
        if (_row.Length > CanonicalColumns)
        {
            _row[6] = assignment.Indicator.NameVietnamese;
            _row[7] = _text.Flag(assignment.IsCapped);
            _row[8] = _text.Flag(assignment.HasNoBaseline);
            _row[9] = assignment.ExplainIn(_text.Explanation);
        }

        Writer.WriteRow(_row);
    }

    private Cell CentralTarget(Indicator indicator)
    {
        if (!_centralTargets.TryGetValue(indicator, out var cell))
        {
            cell = Cell.Of(indicator.CentralTarget, DecimalText.Shortest(indicator.CentralTarget));
            _centralTargets.Add(indicator, cell);
        }

        return cell;
    }
}
