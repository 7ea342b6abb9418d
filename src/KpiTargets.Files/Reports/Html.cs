using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace KpiTargets.Files.Reports;

/// <summary>
/// Encodes text for HTML and SVG: unit names are data and may hold <c>&lt;</c>, <c>&amp;</c> or quotes. The runtime's
/// encoder does it, never a hand-written replacement; every script of Unicode is allowed through, so Vietnamese letters
/// stay readable in the file (<c>Bình Sơn</c>, not <c>B&amp;#236;nh S&amp;#417;n</c>) while the characters that mean
/// something to HTML are always encoded.
/// </summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text as element content or a quoted attribute value.</summary>
    public static string Encode(string text) => Encoder.Encode(text);
}
