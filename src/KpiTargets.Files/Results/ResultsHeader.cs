using System.Text.RegularExpressions;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Results;

/// <summary>
/// What a results table's header names and which of its rows are data, for finding the header below a sheet's title
/// rows (<see cref="HeaderSearch"/>) and leaving out the footer below its data (<see cref="TableEnd"/>).
/// </summary>
internal static partial class ResultsHeader
{
    private static readonly string[] ResultKeys =
        [.. ResultColumns.Result.Titles(vietnamese: false).Select(HeaderTitle.Key).OrderByDescending(key => key.Length)];

    /// <summary>
    /// A header names the unit column and either the long layout's indicator and result columns or at least one
    /// indicator code column (wide layout), as <paramref name="wanted"/> allows: what <see cref="ResultsTable.Layout"/>
    /// reads without a missing column.
    /// </summary>
    public static HeaderRule Rule(InputLayout wanted) => new(titles =>
    {
        var unit = titles.Any(ResultColumns.Unit.Matches);
        var indicator = titles.Any(ResultColumns.Indicator.Matches);
        var result = titles.Any(ResultColumns.Result.Matches);
        var isLong = wanted == InputLayout.Long || (wanted == InputLayout.Auto && (indicator || result));
        return unit && (isLong
            ? indicator && result
            : titles.Any(title => !ResultColumns.Unit.Matches(title) && ResultsTable.Layout.CodeIn(title) is not null));
    });

    /// <summary>
    /// Whether a record is a row of data: it names a unit and holds something in the layout's columns, or it holds a
    /// number where a result goes (a row with a result but no unit is an error wherever it is, never a footer).
    /// </summary>
    public static Func<RecordFields, bool> HoldsData(ResultsTable.Layout layout) => fields =>
    {
        var named = !string.IsNullOrWhiteSpace(fields[layout.Unit]);
        if (layout.CodeColumns is null)
        {
            return (named && !(string.IsNullOrWhiteSpace(fields[layout.Indicator]) && string.IsNullOrWhiteSpace(fields[layout.Result])))
                || IsNumber(fields[layout.Result]);
        }

        foreach (var (column, _) in layout.CodeColumns)
        {
            if ((named && !string.IsNullOrWhiteSpace(fields[column])) || IsNumber(fields[column]))
            {
                return true;
            }
        }

        return false;
    };

    /// <summary>
    /// What follows a result's title at the start of <paramref name="title"/>, as a comparison key: in a two-row header,
    /// <c>Kết quả thực hiện năm 2023 (%)</c> over <c>CT1</c> makes the title <c>Kết quả thực hiện năm 2023 (%) CT1</c>,
    /// the result of indicator 1, and this gives <c>ct1</c>. <see langword="null"/> when the title starts otherwise.
    /// </summary>
    public static string? AfterResultTitle(string title)
    {
        var key = HeaderTitle.Key(title);
        foreach (var result in ResultKeys)
        {
            if (key.Length > result.Length && key.StartsWith(result, StringComparison.Ordinal) && key[result.Length] == ' ')
            {
                return LeadingUnit().Replace(key[(result.Length + 1)..], "");
            }
        }

        return null;
    }

    private static bool IsNumber(string text) => DecimalInput.Read(text, out _) != DecimalInput.Reading.NotANumber;

    [GeneratedRegex(@"^\s*(\([^()]*\)|%)\s*")]
    private static partial Regex LeadingUnit();
}
