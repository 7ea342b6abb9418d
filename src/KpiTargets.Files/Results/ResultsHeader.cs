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
    /// column or a count, or, in the long layout, an indicator code (<c>10</c> too, which the checks then report); or it
    /// names a unit and fills more than one of its value cells (code, result and count cells), or the only one, with
    /// anything (<c>Xã B | abc | xyz</c>, which the checks report). Other rows are what a footer holds: a place and date,
    /// names, notes, in any column, and a signature row, whose blocks are the unit cell and one merged cell on the right
    /// that keeps its text in its first cell only (<c>NGƯỜI LẬP BIỂU | | THỦ TRƯỞNG ĐƠN VỊ</c>).
    /// </summary>
    public static Func<RecordFields, bool> HoldsData(ResultsTable.Layout layout, IndicatorCatalog catalog)
    {
        var values = ValueColumns(layout);
        var filledForData = Math.Min(2, values.Length);
        // The cheap test first: an ordinary row names its unit and fills its cells, and is data without its numbers read.
        return fields => (!fields.IsBlank(layout.Unit) && Filled(fields, values) >= filledForData) || HoldsResultOrCode(fields, layout, catalog);
    }

    /// <summary>Whether a record names a unit: a row of the table even when it holds no value (<see cref="TableEnd"/>).</summary>
    public static Func<RecordFields, bool> NamesUnit(ResultsTable.Layout layout) => fields => !fields.IsBlank(layout.Unit);

    // Whether a result column or a count holds a result, or the long layout's code column a code.
    private static bool HoldsResultOrCode(RecordFields fields, ResultsTable.Layout layout, IndicatorCatalog catalog)
    {
        // Loops rather than lambdas: a lambda over the fields would allocate on every row.
        if (layout.Counts is { Wide: { } pairs })
        {
            foreach (var pair in pairs)
            {
                if (Holds(fields, pair.Result) || Holds(fields, pair.Numerator) || Holds(fields, pair.Denominator))
                {
                    return true;
                }
            }

            return false;
        }

        if (layout.CodeColumns is null)
        {
            return Holds(fields, layout.Result) || (layout.Counts is { } counts && (Holds(fields, counts.Numerator) || Holds(fields, counts.Denominator)))
                || IsCode(fields[layout.Indicator].Trim(), catalog);
        }

        foreach (var (column, _) in layout.CodeColumns)
        {
            if (Holds(fields, column))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(RecordFields fields, int column) => column >= 0 && HoldsResult(fields[column]);

    private static int Filled(RecordFields fields, int[] columns)
    {
        var filled = 0;
        foreach (var column in columns)
        {
            filled += fields.IsBlank(column) ? 0 : 1;
        }

        return filled;
    }

    // The cells of a record that hold its values: codes, results and counts.
    private static int[] ValueColumns(ResultsTable.Layout layout) =>
        layout.Counts is { Wide: { } pairs } ? [.. pairs.SelectMany(pair => new[] { pair.Result, pair.Numerator, pair.Denominator }).Where(column => column >= 0)]
        : layout.CodeColumns is { } codes ? [.. codes.Select(column => column.Column)]
        : [.. new[] { layout.Indicator, layout.Result, layout.Counts?.Numerator ?? -1, layout.Counts?.Denominator ?? -1 }.Where(column => column >= 0)];

    // An indicator code of the catalog, or one shaped like a code (1, 9.1, CT10) that the checks report as unknown.
    private static bool IsCode(string code, IndicatorCatalog catalog) =>
        catalog.TryFind(code, out _) || catalog.TryFindHeading(code, out _) || ResultsTable.Layout.CodeIn(code) is not null;

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
