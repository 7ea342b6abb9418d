using System.Buffers;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// Recognises a name whose bytes in the file are already its text as the full reader reads it and its field as the CSV
/// writer writes it, so that it can be copied, hashed and compared as bytes: no decoding, no normalization check, no
/// encoding through CsvHelper. Nearly every unit name qualifies, for example <c>UBND xã Bình Sơn</c>.
/// </summary>
/// <remarks>
/// Such a name is made of ASCII letters, digits, spaces and punctuation other than the quote, the separators
/// (<c>, ; |</c> and tab) and control characters, and of characters in U+00C0 to U+02FF (letters, also × ÷ and
/// spacing modifiers) or in U+1E00 to U+1EFF (letters), which are
/// in NFC already (<see cref="Input.TextCleaning.IsPrecomposedLatin"/>). It starts with neither a space nor a
/// character that the formula guard escapes or removes (<c>= + - @ '</c>), and does not end with a space, so CsvHelper
/// neither quotes nor guards it and trimming leaves it as it is. The tests hold CsvHelper to this for every such
/// character in every position.
/// </remarks>
internal static class VerbatimName
{
    // Printable ASCII but the quote and the separators; a name's first and last bytes are checked besides.
    private static readonly SearchValues<byte> PlainAscii =
        SearchValues.Create([.. Enumerable.Range(0x20, 0x7F - 0x20).Select(b => (byte)b).Where(b => b is not ((byte)'"' or (byte)',' or (byte)';' or (byte)'|'))]);

    /// <summary>Whether <paramref name="utf8"/> is such a name (which is never empty).</summary>
    public static bool IsVerbatim(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || utf8[^1] == (byte)' ' || utf8[0] is (byte)' ' or (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)'\'')
        {
            return false;
        }

        // Runs of plain ASCII are skipped with a vector search; what stops it must be one of the letters above.
        var rest = utf8;
        while (true)
        {
            var other = rest.IndexOfAnyExcept(PlainAscii);
            if (other < 0)
            {
                return true;
            }

            rest = rest[other..];
            if (rest.Length >= 2 && rest[0] is >= 0xC3 and <= 0xCB && IsContinuation(rest[1]))
            {
                // U+00C0 to U+02FF.
                rest = rest[2..];
            }
            else if (rest.Length >= 3 && rest[0] == 0xE1 && rest[1] is >= 0xB8 and <= 0xBB && IsContinuation(rest[2]))
            {
                // U+1E00 to U+1EFF.
                rest = rest[3..];
            }
            else
            {
                return false;
            }
        }
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;
}
