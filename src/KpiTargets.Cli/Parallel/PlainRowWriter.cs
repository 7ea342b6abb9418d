using System.Text;
using KpiTargets.Cli.Output;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// Writes the rows of <see cref="LongTargetsLayout"/> (the six canonical columns, or all ten) for one chunk into a
/// buffer of its own. Every cell that repeats is encoded once: a unit's name for its run of rows, an indicator's code,
/// central target and name, a rule letter, a flag word. Text goes through <see cref="CsvFieldEncoder"/> and numbers
/// through <see cref="CsvNumberField"/>, as in <see cref="CsvTableWriter"/>, so the bytes are the same.
/// </summary>
internal sealed class PlainRowWriter : IDisposable
{
    private readonly CsvFieldEncoder _encoder;
    private readonly AssignmentPolicy _policy;
    private readonly OutputText _text;
    private readonly bool _canonicalOnly;

    // Fixed cells with the separators around them, by the indicator's place in the catalog or by rule clause.
    private readonly byte[][] _codes;
    private readonly byte[][] _centralTargets;
    private readonly byte[][] _names;

    // The central target, the target and the clause together, by the indicator's place, for the targets that are an
    // indicator's own value, as TargetDecision documents: the central target in clause a or when rounding took the
    // uplifted result below it, the maximum when the result was capped. Only an uplifted result is formatted.
    private readonly byte[][] _clauseATails;
    private readonly byte[][] _raisedToCentralTails;
    private readonly byte[][] _cappedTails;
    private readonly byte[][] _clauses;
    private readonly byte[] _yes;
    private readonly byte[] _no;
    private readonly int _longestFixed;

    private byte[] _unit = new byte[256];
    private int _unitLength;
    private string? _unitName;
    private byte[] _buffer = new byte[1 << 16];
    private int _used;

    public PlainRowWriter(IndicatorCatalog catalog, AssignmentPolicy policy, OutputText text, bool canonicalOnly, bool guardFormulas)
    {
        _encoder = new CsvFieldEncoder(guardFormulas);
        _policy = policy;
        _text = text;
        _canonicalOnly = canonicalOnly;
        _codes = [.. catalog.Indicators.Select(indicator => Separated(_encoder.EncodeNow(indicator.Code), separatorAfter: true))];
        _centralTargets = [.. catalog.Indicators.Select(indicator => Separated(NumberField(indicator.CentralTarget), separatorAfter: true))];
        _names = [.. catalog.Indicators.Select(indicator => Separated(_encoder.EncodeNow(indicator.NameVietnamese), separatorAfter: false))];
        CodesAreVerbatim = catalog.Indicators.Select((indicator, index) => IsVerbatim(_codes[index], indicator.Code)).All(same => same);
        _clauses = [.. Enum.GetValues<RuleClause>().Select(clause => Separated(_encoder.EncodeNow(clause.Letter()), separatorAfter: false))];
        _clauseATails = Tails(catalog, indicator => indicator.CentralTarget, RuleClause.A);
        _raisedToCentralTails = Tails(catalog, indicator => indicator.CentralTarget, RuleClause.B);
        _cappedTails = Tails(catalog, indicator => indicator.Maximum, RuleClause.B);
        _yes = Separated(_encoder.EncodeNow(text.Yes), separatorAfter: false);
        _no = Separated(_encoder.EncodeNow(text.No), separatorAfter: false);
        _longestFixed = new[] { _codes, _centralTargets, _names, _clauses, _clauseATails, _raisedToCentralTails, _cappedTails, [_yes, _no] }
            .SelectMany(cells => cells).Max(bytes => bytes.Length);
    }

    /// <summary>
    /// Whether every code's cell is the code's own UTF-8 bytes (no quotes, no formula guard), as a row that starts with
    /// its input line needs (<see cref="WriteAfterLine"/>).
    /// </summary>
    public bool CodesAreVerbatim { get; }

    /// <summary>The rows written since <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _used);

    /// <summary>Forgets the rows written, for the next chunk.</summary>
    public void Clear() => _used = 0;

    public void Dispose() => _encoder.Dispose();

    /// <summary>Makes <paramref name="unit"/> the unit of the rows that follow.</summary>
    public void StartUnit(string unit)
    {
        _unitName = unit;
        SetUnitField(_encoder.EncodeNow(unit));
    }

    /// <summary>Makes the unit named <paramref name="name"/>, a <see cref="VerbatimName"/>, the unit of the rows that follow.</summary>
    public void StartVerbatimUnit(ReadOnlySpan<byte> name)
    {
        // Only the explanation needs the name as text.
        _unitName = _canonicalOnly ? null : Encoding.UTF8.GetString(name);
        SetUnitField(name);
    }

    /// <summary>Writes one row of the current unit.</summary>
    /// <param name="index">The indicator's place in the catalog.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="result">The 2023 result, if any.</param>
    /// <param name="resultText">The result's shortest text as read, to be copied; empty to format the result.</param>
    /// <param name="decision">What the rule decided for exactly this indicator and result.</param>
    public void Write(int index, Indicator indicator, decimal? result, ReadOnlySpan<byte> resultText, in TargetDecision decision)
    {
        // Room for the unit, at most six fixed cells and two numbers; the explanation makes its own room.
        MakeRoom(_unitLength + (6 * _longestFixed) + Math.Max(resultText.Length, DecimalText.MaxLength) + DecimalText.MaxLength + 1);
        Append(_unit.AsSpan(0, _unitLength));
        Append(_codes[index]);
        if (!resultText.IsEmpty)
        {
            Append(resultText);
        }
        else if (result is { } value)
        {
            AppendNumber(value);
        }

        AppendTail(index, decision);
        if (!_canonicalOnly)
        {
            Append(_names[index]);
            Append(decision.IsCapped ? _yes : _no);
            Append(decision.HasNoBaseline ? _yes : _no);
            _buffer[_used++] = (byte)',';

            // The library explains an Assignment; deciding again costs nanoseconds beside the sentence. Both ways of
            // starting a unit keep its name whenever explanations are written.
            var explanation = _encoder.EncodeNow(TargetRule.Assign(_unitName!, indicator, result, _policy).ExplainIn(_text.Explanation));
            MakeRoom(explanation.Length + 1);
            Append(explanation);
        }

        _buffer[_used++] = (byte)'\n';
    }

    /// <summary>
    /// Writes a canonical row that starts with <paramref name="line"/>, which holds the current unit's cell, the code
    /// of the indicator at <paramref name="index"/> and the result's cell exactly as they are written, commas between.
    /// </summary>
    public void WriteAfterLine(ReadOnlySpan<byte> line, int index, in TargetDecision decision)
    {
        MakeRoom(line.Length + (3 * _longestFixed) + DecimalText.MaxLength + 1);
        Append(line);
        AppendTail(index, decision);
        _buffer[_used++] = (byte)'\n';
    }

    private void SetUnitField(ReadOnlySpan<byte> field)
    {
        if (field.Length > _unit.Length)
        {
            _unit = new byte[field.Length];
        }

        field.CopyTo(_unit);
        _unitLength = field.Length;
    }

    // Whether a cell between its two separators is the text's own bytes.
    private static bool IsVerbatim(byte[] separatedCell, string text) =>
        separatedCell.AsSpan(1, separatedCell.Length - 2).SequenceEqual(Encoding.UTF8.GetBytes(text));

    // A fixed cell with the separator before it and, when a number follows, the one after it.
    private static byte[] Separated(ReadOnlySpan<byte> field, bool separatorAfter) =>
        separatorAfter ? [(byte)',', .. field, (byte)','] : [(byte)',', .. field];

    private byte[] NumberField(decimal value)
    {
        Span<byte> digits = stackalloc byte[DecimalText.MaxLength];
        return CsvNumberField.TryWrite(value, digits, out var written) ? digits[..written].ToArray() : _encoder.EncodeNow(DecimalText.Shortest(value)).ToArray();
    }

    // The cells after the result: the central target, the target and the clause.
    private void AppendTail(int index, in TargetDecision decision)
    {
        if (decision.Clause == RuleClause.A)
        {
            Append(_clauseATails[index]);
        }
        else if (decision.IsRaisedToCentral)
        {
            Append(_raisedToCentralTails[index]);
        }
        else if (decision.IsCapped)
        {
            Append(_cappedTails[index]);
        }
        else
        {
            Append(_centralTargets[index]);
            AppendNumber(decision.Target);
            Append(_clauses[(int)RuleClause.B]);
        }
    }

    private byte[][] Tails(IndicatorCatalog catalog, Func<Indicator, decimal> target, RuleClause clause) =>
        [.. catalog.Indicators.Select((indicator, index) => (byte[])[.. _centralTargets[index], .. NumberField(target(indicator)), .. _clauses[(int)clause]])];

    private void AppendNumber(decimal value)
    {
        if (CsvNumberField.TryWrite(value, _buffer.AsSpan(_used), out var written))
        {
            _used += written;
            return;
        }

        var field = _encoder.EncodeNow(DecimalText.Shortest(value));
        MakeRoom(field.Length);
        Append(field);
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void MakeRoom(int bytes)
    {
        if (_used + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + bytes));
        }
    }
}
