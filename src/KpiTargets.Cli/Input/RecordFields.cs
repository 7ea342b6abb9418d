using System.Collections;

namespace KpiTargets.Cli.Input;

/// <summary>
/// The fields of one record as Unicode NFC text. A reader may hand out the same instance for every record, refilled as
/// it moves on, so the fields are read while the record is current and copied (<c>[.. fields]</c>) to keep them.
/// </summary>
/// <remarks>
/// Text is made only when asked for: a results file's number and code columns change on every row, and a string per
/// field per row was most of the cost of reading. <see cref="TryGetAscii"/> offers the bytes of a plain field instead.
/// </remarks>
internal abstract class RecordFields : IReadOnlyList<string>
{
    /// <summary>How many fields the record has.</summary>
    public abstract int Count { get; }

    /// <summary>The field's text: Unicode NFC, without our formula guard.</summary>
    public abstract string this[int column] { get; }

    /// <summary>Fields that are already strings, as a workbook row is.</summary>
    public static RecordFields Of(string[] texts) => new TextFields(texts);

    /// <summary>
    /// The field's UTF-8 bytes when they are exactly its text: plain ASCII, not starting with the apostrophe of a
    /// formula guard. Only valid while the record is current. <see langword="false"/> says nothing about the field
    /// except that its text must be read instead.
    /// </summary>
    public virtual bool TryGetAscii(int column, out ReadOnlySpan<byte> ascii)
    {
        ascii = default;
        return false;
    }

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
