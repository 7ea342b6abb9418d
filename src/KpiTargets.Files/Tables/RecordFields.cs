using System.Collections;

namespace KpiTargets.Files.Tables;

/// <summary>
/// The fields of one record as Unicode NFC text. A reader may hand out the same instance for every record, refilled as
/// it moves on, so the fields are read while the record is current and copied (<c>[.. fields]</c>) to keep them.
/// </summary>
/// <remarks>Text is made only when asked for: a column the reader does not need costs nothing.</remarks>
internal abstract class RecordFields : IReadOnlyList<string>
{
    /// <summary>How many fields the record has.</summary>
    public abstract int Count { get; }

    /// <summary>The field's text: Unicode NFC, without our formula guard.</summary>
    public abstract string this[int column] { get; }

    /// <summary>Fields that are already strings, as a workbook row is.</summary>
    public static RecordFields Of(string[] texts) => new TextFields(texts);

    /// <summary>
    /// Whether the field at <paramref name="column"/> is empty or white space, as its text says; a reader may answer
    /// from its bytes without making the text, since the end of a table asks it of every row.
    /// </summary>
    public virtual bool IsBlank(int column) => string.IsNullOrWhiteSpace(this[column]);

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator()
    {
        for (var column = 0; column < Count; column++)
        {
            yield return this[column];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class TextFields(string[] texts) : RecordFields
    {
        public override int Count => texts.Length;

        public override string this[int column] => texts[column];
    }
}
