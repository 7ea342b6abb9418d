namespace KpiTargets.Cli.Parallel;

/// <summary>
/// Recognises a name whose bytes in the file are already its text as the full reader reads it and its field as the CSV
/// writer writes it, so that it can be copied, hashed and compared as bytes: no decoding, no normalization check, no
/// encoding through CsvHelper. Nearly every unit name qualifies, for example <c>UBND xã Bình Sơn</c>.
/// </summary>
/// <remarks>
/// Such a name is made of ASCII letters, digits, spaces and punctuation other than the quote, the separators
/// (<c>, ; |</c> and tab) and control characters, and of letters in U+00C0 to U+02FF or in U+1E00 to U+1EFF, which are
/// in NFC already (<see cref="Input.TextCleaning.IsPrecomposedLatin"/>). It starts with neither a space nor a
/// character that the formula guard escapes or removes (<c>= + - @ '</c>), and does not end with a space, so CsvHelper
/// neither quotes nor guards it and trimming leaves it as it is. The tests hold CsvHelper to this for every such
/// character in every position.
/// </remarks>
internal static class VerbatimName
{
    /// <summary>Whether <paramref name="utf8"/> is such a name (which is never empty).</summary>
    public static bool IsVerbatim(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || utf8[^1] == (byte)' ' || utf8[0] is (byte)' ' or (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)'\'')
        {
            return false;
        }

        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b < 0x80)
            {
                if (b < 0x20 || b > 0x7E || b is (byte)'"' or (byte)',' or (byte)';' or (byte)'|')
                {
                    return false;
                }
            }
            else if (b is >= 0xC3 and <= 0xCB && i + 1 < utf8.Length && IsContinuation(utf8[i + 1]))
            {
                // U+00C0 to U+02FF.
                i++;
            }
            else if (b == 0xE1 && i + 2 < utf8.Length && utf8[i + 1] is >= 0xB8 and <= 0xBB && IsContinuation(utf8[i + 2]))
            {
                // U+1E00 to U+1EFF.
                i += 2;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;
}
