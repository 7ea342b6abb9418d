using KpiTargets.Files.Csv;
using KpiTargets.Files.Targets;

namespace KpiTargets.Files;

/// <summary>
/// How <see cref="TargetsFile.Write"/> writes targets, as <c>kpi-targets assign</c>'s options say it. The defaults
/// write what <c>assign</c> writes without options; change one with <c>with</c>:
/// <c>TargetsFileOptions.Default with { Vietnamese = true }</c>.
/// </summary>
/// <remarks>Immutable; every setter checks its value, so <c>with</c> cannot create invalid options.</remarks>
public sealed record TargetsFileOptions
{
    /// <summary>The long layout, English titles, formulas guarded, plain CSV, the built-in 2024 catalog.</summary>
    public static TargetsFileOptions Default { get; } = new();

    /// <summary>How the table is arranged; <see cref="TargetsFileLayout.Long"/> by default (<c>--output-layout</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="TargetsFileLayout"/>.</exception>
    public TargetsFileLayout Layout
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Layout), value, "The layout must be Long, Canonical or Wide.");
    }

    /// <summary>
    /// Whether column titles, the flags (<c>có</c>/<c>không</c>) and the explanations are in Vietnamese (<c>--lang vi</c>);
    /// English by default. Either reads back as input.
    /// </summary>
    public bool Vietnamese { get; init; }

    /// <summary>
    /// Whether CSV text that a spreadsheet would run as a formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, a tab or a carriage return) is written with a leading apostrophe, as OWASP advises;
    /// <see langword="true"/> by default (<c>--no-formula-guard</c> turns it off). Numbers are never guarded.
    /// </summary>
    public bool GuardFormulas { get; init; } = true;

    /// <summary>
    /// Whether CSV is written as Excel on a Vietnamese Windows machine opens it by double-click (<c>--excel-csv</c>):
    /// UTF-8 with a byte order mark, <c>;</c> between fields, decimal commas, CR LF. Plain CSV by default: UTF-8
    /// without a byte order mark, commas, decimal points, LF. A workbook is the same either way.
    /// </summary>
    public bool ExcelCsv { get; init; }

    /// <summary>
    /// Whether the long layout adds the <c>numerator</c> and <c>denominator</c> columns after the others, as
    /// <c>assign</c> does for an input with counts; each row's from <see cref="Assignment.Counts"/>, empty for an
    /// assignment made from a result. <see langword="false"/> by default; the canonical and wide layouts never have them.
    /// </summary>
    public bool CountsColumns { get; init; }

    /// <summary>
    /// The catalog the assignments come from, whose indicator order the wide layout's columns follow;
    /// <see cref="IndicatorCatalog.BinhSon2024"/> by default. The other layouts do not use it.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IndicatorCatalog Catalog
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Catalog));
    } = IndicatorCatalog.BinhSon2024;

    /// <summary>These options for the file at <paramref name="path"/>, as the pipeline writes them.</summary>
    internal TargetsOutput ToTargetsOutput(string path) => new(
        path,
        Layout switch
        {
            TargetsFileLayout.Canonical => TargetsLayoutKind.Canonical,
            TargetsFileLayout.Wide => TargetsLayoutKind.Wide,
            _ => TargetsLayoutKind.Long,
        },
        GuardFormulas,
        ExcelCsv ? CsvDialect.Excel : CsvDialect.Plain,
        Vietnamese ? OutputText.Vietnamese : OutputText.English);
}
