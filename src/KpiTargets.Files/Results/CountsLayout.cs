using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Text;

namespace KpiTargets.Files.Results;

/// <summary>
/// Where a counts file keeps its counts. Long layout: columns unit, indicator, numerator and denominator (<c>Tử số</c>,
/// <c>Mẫu số</c>), and optionally result_2023. Wide layout: a unit column and a pair of columns per indicator
/// (<c>CT1 tử số</c> and <c>CT1 mẫu số</c>, or <c>1_numerator</c> and <c>1_denominator</c>), and optionally the
/// indicator's own result column (<c>CT1</c>). Header titles are matched as every title is (<see cref="HeaderTitle"/>).
/// </summary>
internal static class CountsLayout
{
    // The words that make a wide column one of a pair, after the code (CT1 tử số) or before it (Tử số CT1); as keys.
    private static readonly (string Key, bool IsNumerator)[] PairWords =
        [("tu so", true), ("numerator", true), ("mau so", false), ("denominator", false)];

    /// <summary>
    /// Whether <paramref name="header"/> is a counts file's, and then its layout (<see langword="null"/> when the header
    /// has problems, which are reported). <see langword="false"/> leaves the header to the results layouts.
    /// </summary>
    public static bool TryOf(
        RawRecord header, InputLayout wanted, IndicatorCatalog catalog, int unit, int indicator, int result, ColumnSpec resultColumn, string file, ProblemLog problems, Messages messages, out ResultsTable.Layout? layout)
    {
        layout = null;
        var numerator = HeaderTitle.Find(header, ResultColumns.Numerator, file, problems, messages, out var numeratorRepeated);
        var denominator = HeaderTitle.Find(header, ResultColumns.Denominator, file, problems, messages, out var denominatorRepeated);
        if (numeratorRepeated || denominatorRepeated)
        {
            return true;
        }

        var isWide = wanted == InputLayout.Wide || (wanted == InputLayout.Auto && indicator < 0 && result < 0 && numerator < 0 && denominator < 0);
        if (!isWide && (numerator >= 0 || denominator >= 0))
        {
            layout = Long(header, unit, indicator, result, numerator, denominator, file, problems, messages);
            return true;
        }

        return isWide && unit >= 0 && TryWide(header, catalog, unit, resultColumn, file, problems, messages, out layout);
    }

    private static ResultsTable.Layout? Long(
        RawRecord header, int unit, int indicator, int result, int numerator, int denominator, string file, ProblemLog problems, Messages messages)
    {
        var ok = true;
        foreach (var (index, spec) in new[] { (unit, ResultColumns.Unit), (indicator, ResultColumns.Indicator) })
        {
            if (index < 0)
            {
                problems.Add(file, header.Line, HeaderTitle.Missing(header, spec, messages));
                ok = false;
            }
        }

        if (numerator < 0 || denominator < 0)
        {
            problems.Add(file, header.Line, numerator < 0 ? messages.MissingCountColumn("denominator", "numerator") : messages.MissingCountColumn("numerator", "denominator"));
            ok = false;
        }

        return ok ? new ResultsTable.Layout(unit, indicator, result, null, new CountsColumns(numerator, denominator, null)) : null;
    }

    // A wide header with at least one pair title is a counts file's; without one it is left to the results' wide layout.
    private static bool TryWide(
        RawRecord header, IndicatorCatalog catalog, int unit, ColumnSpec resultColumn, string file, ProblemLog problems, Messages messages, out ResultsTable.Layout? layout)
    {
        layout = null;
        var titles = header.Fields;
        var pairs = new Dictionary<string, (int Result, int Numerator, int Denominator)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        var results = new List<(int Column, string Code)>();
        var ok = true;
        for (var i = 0; i < titles.Count; i++)
        {
            if (i == unit)
            {
                continue;
            }

            var pair = PairOf(titles[i]);
            var code = pair?.Code ?? ResultsTable.Layout.CodeIn(titles[i], resultColumn);
            if (code is null)
            {
                continue;
            }

            if (!catalog.TryFind(code, out var found))
            {
                problems.Add(file, header.Line, catalog.TryFindHeading(code, out var heading)
                    ? messages.HeadingCode(code, string.Join(", ", catalog.IndicatorsUnder(heading).Select(x => x.Code)))
                    : messages.UnknownCodeColumn(titles[i], string.Join(", ", catalog.Indicators.Select(x => x.Code))));
                ok = false;
                continue;
            }

            if (pair is null)
            {
                results.Add((i, found.Code));
                continue;
            }

            if (!pairs.TryGetValue(found.Code, out var columns))
            {
                order.Add(found.Code);
                columns = (-1, -1, -1);
            }

            var taken = pair.Value.IsNumerator ? columns.Numerator : columns.Denominator;
            if (taken >= 0)
            {
                problems.Add(file, header.Line, messages.DuplicateColumn(titles[i], 2, $"{taken + 1}, {i + 1}"));
                ok = false;
            }

            pairs[found.Code] = pair.Value.IsNumerator ? columns with { Numerator = i } : columns with { Denominator = i };
        }

        if (order.Count == 0)
        {
            // No pair: a results file's wide layout, unless a code column was wrong, which is already reported.
            layout = null;
            return !ok;
        }

        var counted = new List<CountedColumns>();
        foreach (var code in order)
        {
            var (_, numerator, denominator) = pairs[code];
            if (numerator < 0 || denominator < 0)
            {
                problems.Add(file, header.Line, messages.UnpairedCountColumn(titles[Math.Max(numerator, denominator)], numerator < 0 ? "numerator" : "denominator"));
                ok = false;
            }

            var result = results.FindIndex(column => string.Equals(column.Code, code, StringComparison.OrdinalIgnoreCase));
            counted.Add(new CountedColumns(code, result < 0 ? -1 : results[result].Column, numerator, denominator));
            if (result >= 0)
            {
                results.RemoveAt(result);
            }
        }

        // A code column without a pair is a result alone, as in the results' wide layout.
        counted.AddRange(results.Select(column => new CountedColumns(column.Code, column.Column, -1, -1)));
        layout = ok ? new ResultsTable.Layout(unit, -1, -1, null, new CountsColumns(-1, -1, counted)) : null;
        return true;
    }

    /// <summary>Whether <paramref name="title"/> is one of a wide counts pair's: <c>CT1 tử số</c>, <c>1_denominator</c>.</summary>
    public static bool IsPairTitle(string title) => PairOf(title) is not null;

    // The code of a pair's column and which count it holds: "CT1 tử số", "1_numerator", "Mẫu số CT 9.1".
    private static (string Code, bool IsNumerator)? PairOf(string title)
    {
        var key = HeaderTitle.Key(title);
        foreach (var (word, isNumerator) in PairWords)
        {
            var rest = key.EndsWith(word, StringComparison.Ordinal) ? key[..^word.Length]
                : key.StartsWith(word, StringComparison.Ordinal) ? key[word.Length..]
                : null;
            if (rest is not null && ResultsTable.Layout.CodeIn(rest.Trim(' ', '-', ':', '/')) is { } code)
            {
                return (code, isNumerator);
            }
        }

        return null;
    }

    /// <summary>
    /// The rows of one record of a counts file: one in the long layout (none when it has no code, result or count), one
    /// per filled column group in the wide.
    /// </summary>
    public static IEnumerable<ResultRow> Rows(RawRecord record, ResultsTable.Layout layout, CountsColumns counts)
    {
        var fields = record.Fields;
        var unit = fields[layout.Unit];
        if (counts.Wide is null)
        {
            // A row with neither code, result nor count is left alone, as a section row is in the results' layouts.
            if (string.IsNullOrWhiteSpace(fields[layout.Indicator]) && (layout.Result < 0 || string.IsNullOrWhiteSpace(fields[layout.Result]))
                && string.IsNullOrWhiteSpace(fields[counts.Numerator]) && string.IsNullOrWhiteSpace(fields[counts.Denominator]))
            {
                yield break;
            }

            yield return new ResultRow(
                record.Line, unit, fields[layout.Indicator], layout.Result < 0 ? null : fields[layout.Result], new CountsText(fields[counts.Numerator], fields[counts.Denominator]));
            yield break;
        }

        foreach (var columns in counts.Wide)
        {
            var result = columns.Result < 0 ? null : fields[columns.Result];
            var numerator = columns.Numerator < 0 ? "" : fields[columns.Numerator];
            var denominator = columns.Denominator < 0 ? "" : fields[columns.Denominator];

            // Empty cells throughout mean the indicator does not apply to the unit, as in the results' wide layout.
            if (!string.IsNullOrWhiteSpace(result) || !string.IsNullOrWhiteSpace(numerator) || !string.IsNullOrWhiteSpace(denominator))
            {
                yield return new ResultRow(record.Line, unit, columns.Code, result, columns.Numerator < 0 ? null : new CountsText(numerator, denominator));
            }
        }
    }
}
