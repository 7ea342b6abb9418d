using System.Text;
using KpiTargets.Files.Text;

namespace KpiTargets.Files.Tables;

/// <summary>Small text rules every reader applies to every field, so all input shapes agree.</summary>
internal static class TextCleaning
{
    /// <summary>
    /// Unicode NFC: a name typed on a Mac (decomposed) and on Windows (precomposed) becomes one string, and the
    /// Windows-1258 code page, which stores tone marks as combining characters, reads like UTF-8.
    /// </summary>
    public static string Nfc(string text) =>
        IsPrecomposedLatin(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Whether every character is below U+0300 (ASCII, Latin-1, Latin Extended-A and -B, IPA, spacing modifiers) or
    /// in Latin Extended Additional (U+1E00 to U+1EFF, where Vietnamese letters with two marks live). Such text is NFC
    /// already: none of these characters decomposes into a different NFC form or combines with another, so the
    /// system's normalization check, which costs far more, is skipped for nearly every Vietnamese name.
    /// </summary>
    public static bool IsPrecomposedLatin(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a noncharacter (U+FDD0 to U+FDEF, or the last two code points of a plane,
    /// such as U+FFFE and U+FFFF): Unicode keeps them out of interchanged text, normalisation refuses U+FFFE, and a
    /// decoder of ours puts U+FFFF where a file's bytes are no text at all (half of a UTF-16 surrogate pair).
    /// </summary>
    public static bool HasNoncharacter(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsNoncharacter(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="HasNoncharacter(ReadOnlySpan{char})"/> for valid UTF-8 bytes.</summary>
    public static bool HasNoncharacter(ReadOnlySpan<byte> utf8)
    {
        while (Rune.DecodeFromUtf8(utf8, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            if (IsNoncharacter(rune))
            {
                return true;
            }

            utf8 = utf8[consumed..];
        }

        return false;
    }

    private static bool IsNoncharacter(Rune rune) =>
        rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;

    /// <summary>
    /// Removes the apostrophe our CSV writer puts before text that Excel would run as a formula
    /// (<c>'=…</c>, <c>'+…</c>, <c>'-…</c>, <c>'@…</c>), so our own output reads back with the same names.
    /// </summary>
    public static string WithoutFormulaGuard(string text) =>
        text.Length > 1 && text[0] == '\'' && FormulaGuard.IsDangerousStart(text[1]) ? text[1..] : text;
}
