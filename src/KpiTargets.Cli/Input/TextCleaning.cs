using System.Text;
using KpiTargets.Cli.Text;

namespace KpiTargets.Cli.Input;

/// <summary>Small text rules every reader applies to every field, so all input shapes agree.</summary>
internal static class TextCleaning
{
    /// <summary>
    /// Unicode NFC: a name typed on a Mac (decomposed) and on Windows (precomposed) becomes one string, and the
    /// Windows-1258 code page, which stores tone marks as combining characters, reads like UTF-8.
    /// </summary>
    public static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Removes the apostrophe our CSV writer puts before text that Excel would run as a formula
    /// (<c>'=…</c>, <c>'+…</c>, <c>'-…</c>, <c>'@…</c>), so our own output reads back with the same names.
    /// </summary>
    public static string WithoutFormulaGuard(string text) =>
        text.Length > 1 && text[0] == '\'' && FormulaGuard.IsDangerousStart(text[1]) ? text[1..] : text;
}
