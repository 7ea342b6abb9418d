using System.Text;
using System.Text.Unicode;
using CsvHelper;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Csv;

/// <summary>
/// The fields of the record a CsvHelper reader is on, refilled by every <see cref="CsvReader.Read"/>. Text is decoded,
/// brought to NFC and freed of our formula guard only when asked for, and only once for a run of rows that repeat a
/// column's bytes (<see cref="RepeatedFields"/>).
/// </summary>
internal sealed class CsvRecordFields(CsvReader reader) : RecordFields
{
    private readonly RepeatedFields _repeats = new();

    /// <summary>What keeps a record from being read as data.</summary>
    public enum Flaw
    {
        /// <summary>Nothing: the record is data.</summary>
        None,

        /// <summary>A field's bytes are not valid text; decoding would silently turn them into U+FFFD.</summary>
        InvalidText,

        /// <summary>A field holds a noncharacter, or what our decoders put for bytes that are not text (<see cref="TextCleaning.HasNoncharacter(ReadOnlySpan{byte})"/>).</summary>
        Noncharacter,

        /// <summary>Every field is empty or white space, as Excel leaves rows of bare separators below the data.</summary>
        Blank,

        /// <summary>A field holds a NUL character.</summary>
        Nul,
    }

    /// <inheritdoc/>
    public override int Count => reader.FieldCount;

    /// <inheritdoc/>
    public override string this[int column]
    {
        get
        {
            var bytes = reader.GetSpan(column);
            if (_repeats.TryGet(column, bytes, out var text))
            {
                return text;
            }

            text = TextCleaning.WithoutFormulaGuard(TextCleaning.Nfc(reader.GetString(column)));

            // Text with NUL is reported and never read again, so it is not worth remembering.
            if (!text.Contains('\0', StringComparison.Ordinal))
            {
                _repeats.Remember(column, bytes, text);
            }

            return text;
        }
    }

    /// <inheritdoc/>
    public override bool IsBlank(int column) => HasNoVisibleAscii(reader.GetSpan(column)) && base.IsBlank(column);

    /// <summary>The first flaw of the current record, in the order they are reported.</summary>
    public Flaw Inspect()
    {
        // Bytes a column repeats from the row before were already found valid: checking a Vietnamese name costs far
        // more than comparing it. ASCII, as codes and numbers are, is checked several times faster than UTF-8.
        for (var column = 0; column < Count; column++)
        {
            var bytes = reader.GetSpan(column);
            if (!_repeats.Matches(column, bytes) && !Ascii.IsValid(bytes))
            {
                if (!Utf8.IsValid(bytes))
                {
                    return Flaw.InvalidText;
                }

                if (TextCleaning.HasNoncharacter(bytes))
                {
                    return Flaw.Noncharacter;
                }
            }
        }

        if (IsBlankRecord())
        {
            return Flaw.Blank;
        }

        // Quotes and separators are never NUL, so the record's bytes as read answer for all of its fields at once.
        return reader.RawRecord.Contains((byte)0) ? Flaw.Nul : Flaw.None;
    }

    // A visible ASCII byte settles it without decoding; otherwise the text decides (U+00A0 is white space too).
    private bool IsBlankRecord()
    {
        for (var column = 0; column < Count; column++)
        {
            if (!HasNoVisibleAscii(reader.GetSpan(column)))
            {
                return false;
            }
        }

        return this.All(string.IsNullOrWhiteSpace);
    }

    // Whether a field's bytes hold no visible ASCII character, when only its text can say whether it is blank. A leading
    // apostrophe does not count: it may be our formula guard, which the text drops ("'" before a tab reads as a tab).
    private static bool HasNoVisibleAscii(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.IsEmpty && bytes[0] == (byte)'\'')
        {
            bytes = bytes[1..];
        }

        return bytes.IndexOfAnyInRange((byte)0x21, (byte)0x7E) < 0;
    }
}
