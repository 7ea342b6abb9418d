using System.Globalization;
using KpiTargets.Files.Jobs;
using KpiTargets.Files.Text;

namespace KpiTargets.Cli.Desktop;

/// <summary>
/// What a run started from the desktop prints beyond <c>assign</c>'s own messages, in the user's display language:
/// Vietnamese when it is Vietnamese, English otherwise. Both languages side by side, as in <see cref="Messages"/>.
/// </summary>
internal sealed class DesktopText
{
    private readonly bool _vi;

    private DesktopText(bool vietnamese) => _vi = vietnamese;

    /// <summary>The texts for a display language, and the data messages (<c>--lang</c>) that go with them.</summary>
    public static DesktopText For(CultureInfo uiCulture) => new(uiCulture.TwoLetterISOLanguageName == "vi");

    /// <summary>The messages of <c>assign</c> in the same language: problems and the workbook's column titles.</summary>
    public Messages Messages => _vi ? Messages.Vietnamese : Messages.English;

    public string Read(string file, AssignCounts counts) => _vi
        ? $"Đã đọc {file}: {counts.Units} đơn vị, {counts.Indicators} chỉ tiêu, {counts.Rows} dòng."
        : $"Read {file}: {counts.Units} unit{Plural(counts.Units)}, {counts.Indicators} indicator{Plural(counts.Indicators)}, {counts.Rows} row{Plural(counts.Rows)}.";

    public string Wrote(string file) => _vi
        ? $"Đã ghi chỉ tiêu 2024 vào {file}."
        : $"Wrote the 2024 targets to {file}.";

    public string PressAnyKey => _vi
        ? "Nhấn phím bất kỳ để đóng cửa sổ này."
        : "Press any key to close this window.";

    private static string Plural(long count) => count == 1 ? "" : "s";
}
