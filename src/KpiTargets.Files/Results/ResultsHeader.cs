using System.Text.RegularExpressions;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Results;

/// <summary>
/// What a results table's header names and which of its rows are data, for finding the header below a sheet's title
/// rows (<see cref="HeaderSearch"/>) and leaving out the footer below its data (<see cref="TableEnd"/>).
/// </summary>
internal static partial class ResultsHeader
{
    /// <summary>
    /// A header names the unit column and either the long layout's indicator column with its result column
    /// (<paramref name="resultColumn"/>, <c>result_2023</c> when <see langword="null"/>) or counts, or at least one indicator code column or counts pair (wide layout),
    /// as <paramref name="wanted"/> allows: what <see cref="ResultsTable.Layout"/> reads without a missing column. A title
    /// is recognised on its own when it is one of those columns' titles, an indicator code column or a counts pair's.
    /// </summary>
    public static HeaderRule Rule(InputLayout wanted, ColumnSpec? resultColumn = null)
    {
        var resultSpec = resultColumn ?? ResultColumns.Result;
        return new(
            titles =>
            {
                var unit = titles.Any(ResultColumns.Unit.Matches);
                var indicator = titles.Any(ResultColumns.Indicator.Matches);
                var result = titles.Any(resultSpec.Matches);
                var counts = titles.Any(ResultColumns.Numerator.Matches) && titles.Any(ResultColumns.Denominator.Matches);
                var isLong = wanted == InputLayout.Long || (wanted == InputLayout.Auto && (indicator || result || counts));
                return unit && (isLong
                    ? indicator && (result || counts)
                    : titles.Any(title => !ResultColumns.Unit.Matches(title) && IsValueColumn(title, resultSpec)));
            },
            title => IsValueColumn(title, resultSpec)
                || new[] { ResultColumns.Unit, ResultColumns.Indicator, resultSpec, ResultColumns.Numerator, ResultColumns.Denominator }.Any(spec => spec.Matches(title)));
    }

    private static bool IsValueColumn(string title, ColumnSpec resultSpec) =>
        ResultsTable.Layout.CodeIn(title, resultSpec) is not null || CountsLayout.IsPairTitle(title);

    /// <summary>
    /// Whether a record is a row of data: it holds a result (a number, or <c>N/A</c> or a dash for none) in a result
    /// column or a count, or, in the long layout, an indicator code of the catalog. Other rows, a unit's name or not, are what a
    /// footer holds: a place and date, a signature block, names, notes, in any column.
    /// </summary>
    public static Func<RecordFields, bool> HoldsData(ResultsTable.Layout layout, IndicatorCatalog catalog) => fields =>
    {
        bool Holds(int column) => column >= 0 && HoldsResult(fields[column]);
        if (layout.Counts is { Wide: { } pairs })
        {
            return pairs.Any(pair => Holds(pair.Result) || Holds(pair.Numerator) || Holds(pair.Denominator));
        }

        if (layout.CodeColumns is null)
        {
            var code = fields[layout.Indicator].Trim();
            return Holds(layout.Result) || (layout.Counts is { } counts && (Holds(counts.Numerator) || Holds(counts.Denominator)))
                || catalog.TryFind(code, out _) || catalog.TryFindHeading(code, out _);
        }

        foreach (var (column, _) in layout.CodeColumns)
        {
            if (Holds(column))
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
    /// A result's titles are those of the layout's result column (<paramref name="resultColumn"/>): <c>track</c>'s
    /// actuals have titles of their own.
    /// </summary>
    public static string? AfterResultTitle(string title, ColumnSpec resultColumn)
    {
        var key = HeaderTitle.Key(title);
        foreach (var result in resultColumn.Titles(vietnamese: false).Select(HeaderTitle.Key).OrderByDescending(result => result.Length))
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
