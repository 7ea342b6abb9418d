using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Targets;

/// <summary>
/// One row per assignment, in input order: the six canonical columns (unit, indicator, result_2023,
/// central_target, target_2024, rule), then, unless only those are wanted, the reviewer's (indicator name, capped,
/// no baseline, explanation) and, when the input has counts, the numerator and denominator. Streams: nothing is held.
/// </summary>
internal sealed class LongTargetsLayout : TargetsLayout
{
    /// <summary>How many columns the canonical layout keeps: unit, indicator, result_2023, central_target, target_2024, rule.</summary>
    public const int CanonicalColumns = 6;

    private readonly OutputText _text;
    private readonly bool _canonicalOnly;
    private readonly InputShape? _shape;
    private readonly bool _writeHeader;

    // Sized when the header is written, once the input's header said whether there are counts.
    private Cell[] _row = [];

    // An indicator's central target is on every row of it, and is the target of every row under clause a: its text
    // is made once.
    private readonly Dictionary<Indicator, Cell> _centralTargets = new(ReferenceEqualityComparer.Instance);

    /// <summary>A layout whose rows follow a header; <paramref name="writeHeader"/> is false for a part of a file that has one already.</summary>
    /// <param name="writer">Where the rows go.</param>
    /// <param name="text">Titles, flags and the explanations' language.</param>
    /// <param name="canonicalOnly">Whether only the six canonical columns are written.</param>
    /// <param name="writeHeader">Whether the header is written (before the first row, or on <see cref="Complete"/>).</param>
    /// <param name="shape">
    /// Whether the input has counts, known once its header is read: the numerator and denominator columns are added
    /// then. No counts columns when <see langword="null"/>.
    /// </param>
    public LongTargetsLayout(ITableWriter writer, OutputText text, bool canonicalOnly, bool writeHeader = true, InputShape? shape = null)
        : base(writer)
    {
        _text = text;
        _canonicalOnly = canonicalOnly;
        _shape = shape;
        _writeHeader = writeHeader;
        if (shape is null)
        {
            Begin();
        }
    }

    /// <summary>Writes the header of an input that had no row (a header of its own for a sliced file's output).</summary>
    public override void Complete() => BeginOnce();

    /// <inheritdoc/>
    public override void Add(Assignment assignment)
    {
        BeginOnce();
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

        if (_row.Length > _text.LongHeader.Length)
        {
            var counts = assignment.Counts;
            _row[10] = counts is null ? default : Cell.Of(counts.Numerator);
            _row[11] = counts is null ? default : Cell.Of(counts.Denominator);
        }

        Writer.WriteRow(_row);
    }

    // The row's width and the header, once whether the input has counts is known: at the first row at the latest.
    private void BeginOnce()
    {
        if (_row.Length == 0)
        {
            Begin();
        }
    }

    private void Begin()
    {
        var withCounts = !_canonicalOnly && _shape?.HasCounts == true;
        string[] titles = withCounts ? [.. _text.LongHeader, .. _text.CountsHeader] : _text.LongHeader;
        _row = new Cell[_canonicalOnly ? CanonicalColumns : titles.Length];
        if (_writeHeader)
        {
            Writer.WriteRow([.. titles.Take(_row.Length).Select(title => (Cell)title)]);
        }
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
