namespace KpiTargets.Cli.Input;

/// <summary>
/// One field of a results row: a string, or a column of the record the reader is on, whose text is made only if a
/// check needs it (<see cref="RecordFields"/>).
/// </summary>
internal readonly struct FieldText
{
    private readonly string? _text;
    private readonly RecordFields? _record;
    private readonly int _column;

    /// <summary>A column of the current record.</summary>
    public FieldText(RecordFields record, int column)
    {
        _record = record;
        _column = column;
    }

    private FieldText(string text) => _text = text;

    /// <summary>The field's text: Unicode NFC, without our formula guard.</summary>
    public string Text => _text ?? _record![_column];

    /// <summary>A field that is already a string.</summary>
    public static implicit operator FieldText(string text) => new(text);

    /// <summary>The field's bytes when they are exactly its text (see <see cref="RecordFields.TryGetAscii"/>).</summary>
    public bool TryGetAscii(out ReadOnlySpan<byte> ascii)
    {
        if (_record is null)
        {
            ascii = default;
            return false;
        }

        return _record.TryGetAscii(_column, out ascii);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
