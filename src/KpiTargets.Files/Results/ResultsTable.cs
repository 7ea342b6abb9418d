using System.Text.RegularExpressions;
using KpiTargets.Files.Formats;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Results;

/// <summary>
/// Turns a results table of either layout into one stream of <see cref="ResultRow"/>s. Long layout: columns unit,
/// indicator, result_2023. Wide layout: a unit column and one column per indicator code (<c>1</c>, <c>CT1</c>,
/// <c>Chỉ tiêu 9.1</c>); an empty cell there means the indicator does not apply to the unit and yields no row.
/// Titles are matched in English or Vietnamese (<see cref="ResultColumns"/>). Streams: one record at a time.
/// </summary>
internal static partial class ResultsTable
{
    /// <summary>
    /// The rows of a results file of either layout: its header found below any title rows (<see cref="ResultsHeader"/>),
    /// its footer left out (<see cref="TableEnd"/>).
    /// </summary>
    /// <param name="source">The file.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="catalog">The indicators codes name.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="shape">Told whether the file has counts, once its header is read.</param>
    /// <param name="extent">Where the worksheet, header, table and footer rows are recorded, for <c>--verbose</c>.</param>
    public static IEnumerable<ResultRow> Read(
        InputSource source, InputOptions options, IndicatorCatalog catalog, ProblemLog problems, InputShape? shape = null, TableExtent? extent = null)
    {
        var messages = options.Messages;
        var file = source.DisplayName;
        var before = problems.Count;
        var resultColumn = options.ResultColumn ?? ResultColumns.Result;
        extent ??= new TableExtent();
        using var records = TableFiles.Read(source, options, problems, ResultsHeader.Rule(options.Layout, resultColumn), extent).GetEnumerator();
        if (!records.MoveNext())
        {
            if (problems.Count == before)
            {
                problems.Add(file, 1, messages.EmptyFile($"unit, indicator, {resultColumn.Name}"));
            }

            yield break;
        }

        var header = records.Current;
        var layout = Layout.Of(header, options.Layout, catalog, file, problems, messages, resultColumn);
        if (layout is null)
        {
            yield break;
        }

        shape?.Learn(header, layout.Counts is not null);
        using var rows = TableEnd.Rows(Rest(records), ResultsHeader.HoldsData(layout, catalog), ResultsHeader.NamesUnit(layout), extent, problems, file).GetEnumerator();
        if (!rows.MoveNext())
        {
            if (problems.Count == before)
            {
                problems.Add(file, header.Line, messages.HeaderOnly);
            }

            yield break;
        }

        foreach (var row in RowsFrom(rows, layout))
        {
            yield return row;
        }
    }

    // The records after the one the reader is on.
    private static IEnumerable<RawRecord> Rest(IEnumerator<RawRecord> records)
    {
        while (records.MoveNext())
        {
            yield return records.Current;
        }
    }

    /// <summary>The rows of records that follow a header already read, as <paramref name="layout"/> places them.</summary>
    public static IEnumerable<ResultRow> Rows(IEnumerable<RawRecord> records, Layout layout)
    {
        using var next = records.GetEnumerator();
        if (!next.MoveNext())
        {
            yield break;
        }

        foreach (var row in RowsFrom(next, layout))
        {
            yield return row;
        }
    }

    // The rows of the reader's current record and of every record after it. Long layout: one row per record that has a
    // code or a result. Wide layout: one per non-empty code column, where an empty cell means the indicator does not
    // apply to the unit.
    private static IEnumerable<ResultRow> RowsFrom(IEnumerator<RawRecord> records, Layout layout)
    {
        do
        {
            var record = records.Current;
            if (layout.Counts is { } counts)
            {
                foreach (var row in CountsLayout.Rows(record, layout, counts))
                {
                    yield return row;
                }

                continue;
            }

            var unit = record.Fields[layout.Unit];
            if (layout.CodeColumns is null)
            {
                // A row with neither code nor result (a section row "I | CÁC PHÒNG BAN") is left alone, as in the wide layout.
                if (!record.Fields.IsBlank(layout.Indicator) || !record.Fields.IsBlank(layout.Result))
                {
                    yield return new ResultRow(record.Line, unit, record.Fields[layout.Indicator], record.Fields[layout.Result]);
                }

                continue;
            }

            foreach (var (column, code) in layout.CodeColumns)
            {
                var cell = record.Fields[column];
                if (!string.IsNullOrWhiteSpace(cell))
                {
                    yield return new ResultRow(record.Line, unit, code, cell);
                }
            }
        }
        while (records.MoveNext());
    }

    /// <summary>
    /// Where the fields are: the long layout's three columns, or the wide layout's unit and code columns; and in a
    /// counts file, where its counts are (<see cref="CountsLayout"/>).
    /// </summary>
    internal sealed record Layout(int Unit, int Indicator, int Result, IReadOnlyList<(int Column, string Code)>? CodeColumns, CountsColumns? Counts = null)
    {
        // The layout a header names, or null with the problems logged; the long layout's value column is resultColumn,
        // or result_2023 when it is null.
        public static Layout? Of(
            RawRecord header, InputLayout wanted, IndicatorCatalog catalog, string file, ProblemLog problems, Text.Messages messages, ColumnSpec? resultColumn = null)
        {
            var resultSpec = resultColumn ?? ResultColumns.Result;
            var titles = header.Fields;
            var unit = HeaderTitle.Find(header, ResultColumns.Unit, file, problems, messages, out var unitRepeated);
            var indicator = HeaderTitle.Find(header, ResultColumns.Indicator, file, problems, messages, out var indicatorRepeated);
            var result = HeaderTitle.Find(header, resultSpec, file, problems, messages, out var resultRepeated);
            if (unitRepeated || indicatorRepeated || resultRepeated)
            {
                return null;
            }

            if (CountsLayout.TryOf(header, wanted, catalog, unit, indicator, result, resultSpec, file, problems, messages, out var counted))
            {
                return counted;
            }

            var isWide = wanted == InputLayout.Wide || (wanted == InputLayout.Auto && indicator < 0 && result < 0 && unit >= 0);
            if (!isWide && wanted == InputLayout.Auto && unit < 0 && indicator < 0 && result < 0)
            {
                problems.Add(file, header.Line, messages.MissingResultColumns(string.Join(", ", titles)));
                return null;
            }

            if (!isWide)
            {
                var missing = new[] { (unit, ResultColumns.Unit), (indicator, ResultColumns.Indicator), (result, resultSpec) }
                    .Where(column => column.Item1 < 0).ToList();
                foreach (var (_, spec) in missing)
                {
                    problems.Add(file, header.Line, HeaderTitle.Missing(header, spec, messages));
                }

                return missing.Count == 0 ? new Layout(unit, indicator, result, null) : null;
            }

            var codes = new List<(int, string)>();
            var ok = true;
            for (var i = 0; i < titles.Count; i++)
            {
                if (i == unit || CodeIn(titles[i], resultSpec) is not { } code)
                {
                    continue;
                }

                if (catalog.TryFind(code, out var found))
                {
                    codes.Add((i, found.Code));
                }
                else
                {
                    problems.Add(file, header.Line, catalog.TryFindHeading(code, out var heading)
                        ? messages.HeadingCode(code, string.Join(", ", catalog.IndicatorsUnder(heading).Select(x => x.Code)))
                        : messages.UnknownCodeColumn(titles[i], string.Join(", ", catalog.Indicators.Select(x => x.Code))));
                    ok = false;
                }
            }

            if (unit < 0)
            {
                problems.Add(file, header.Line, HeaderTitle.Missing(header, ResultColumns.Unit, messages));
                return null;
            }

            if (codes.Count == 0 && ok)
            {
                problems.Add(file, header.Line, messages.MissingResultColumns(string.Join(", ", titles)));
                return null;
            }

            return ok ? new Layout(unit, -1, -1, codes) : null;
        }

        /// <summary>
        /// A wide column's code: the title itself, or the title after a prefix such as "CT" or "Chỉ tiêu", when what is
        /// left looks like a code (1 or 2 digits per level, such as 7 or 9.1); in a two-row header, after a group
        /// title that is a result's (<see cref="ResultsHeader.AfterResultTitle"/>): one of <paramref name="resultColumn"/>'s
        /// titles, <c>result_2023</c>'s when <see langword="null"/>. Other columns are left alone.
        /// </summary>
        internal static string? CodeIn(string title, ColumnSpec? resultColumn = null) =>
            CodeOf(HeaderTitle.Key(title)) ?? (ResultsHeader.AfterResultTitle(title, resultColumn ?? ResultColumns.Result) is { } rest ? CodeOf(rest) : null);

        // The prefixes a code may follow, as title keys; none first. Made once: every header title is tried against them.
        private static readonly string[] CodePrefixKeys = [.. ResultColumns.CodePrefixes.Select(HeaderTitle.Key).Prepend("")];

        private static string? CodeOf(string key)
        {
            foreach (var prefix in CodePrefixKeys)
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal) && CodeShape().IsMatch(key[prefix.Length..].Trim()))
                {
                    return key[prefix.Length..].Trim();
                }
            }

            return null;
        }
    }

    [GeneratedRegex(@"^\d{1,2}(\.\d{1,2})*$")]
    private static partial Regex CodeShape();
}
