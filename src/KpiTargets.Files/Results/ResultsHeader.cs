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
    /// Whether a record is a row of data: it holds a result (a number, or <c>N/A</c> or a dash for none) in a result
    /// column, or, in the long layout, an indicator code of the catalog. Other rows, a unit's name or not, are what a
    /// footer holds: a place and date, a signature block, names, notes, in any column.
    /// </summary>
    public static Func<RecordFields, bool> HoldsData(ResultsTable.Layout layout, IndicatorCatalog catalog) => fields =>
    {
        if (layout.CodeColumns is null)
        {
            var code = fields[layout.Indicator].Trim();
            return HoldsResult(fields[layout.Result]) || catalog.TryFind(code, out _) || catalog.TryFindHeading(code, out _);
        }

        foreach (var (column, _) in layout.CodeColumns)
        {
            if (HoldsResult(fields[column]))
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

    private static bool HoldsResult(string text) =>
        !string.IsNullOrWhiteSpace(text) && (ResultChecker.IsNoResult(text) || DecimalInput.Read(text, out _) != DecimalInput.Reading.NotANumber);

    [GeneratedRegex(@"^\s*(\([^()]*\)|%)\s*")]
    private static partial Regex LeadingUnit();
}
