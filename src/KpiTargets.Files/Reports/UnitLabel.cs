using System.Globalization;

namespace KpiTargets.Files.Reports;

/// <summary>
/// A unit's name as a chart's row label: long Vietnamese names (<c>Văn phòng Đăng ký đất đai tỉnh – CN Bình Sơn</c>)
/// are cut to what the label column holds, with an ellipsis, and the full name goes into the label's tooltip. Cut
/// between whole letters (text elements), so a letter is never parted from its marks.
/// </summary>
internal static class UnitLabel
{
    /// <summary>The most letters a label shows: about what the label column's 290 units hold at 11 px.</summary>
    public const int MaxLetters = 44;

    /// <summary>The label shown, and the full name when the label is cut short (else <see langword="null"/>).</summary>
    public static (string Shown, string? Full) Of(string unit)
    {
        var letters = new StringInfo(unit);
        return letters.LengthInTextElements <= MaxLetters
            ? (unit, null)
            : (letters.SubstringByTextElements(0, MaxLetters - 1).TrimEnd() + "…", unit);
    }
}
