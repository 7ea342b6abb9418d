using KpiTargets.Files.Results;

namespace KpiTargets.Files.Reports;

/// <summary>
/// The report's tables: the units under each clause of one indicator, the targets with a row per unit and a column per
/// indicator (as the wide targets layout), and with progress the summary per indicator and the ranking of units, both
/// as the domain's <see cref="ProgressSummary"/> computes them.
/// </summary>
internal static class ReportTables
{
    /// <summary>How many of an indicator's units fall under each clause, with the capped and the no-baseline ones.</summary>
    public static void ClauseCounts(TextWriter html, ReportText text, IReadOnlyList<AssignedTarget> targets)
    {
        html.Write($"<table class=\"clauses\">\n<caption>{Html.Encode(text.ClauseCountsCaption)}</caption>\n");
        html.Write($"<thead><tr><th scope=\"col\">{Html.Encode(text.ClauseCountsHeader)}</th><th scope=\"col\" class=\"number\">{Html.Encode(text.UnitsHeader)}</th></tr></thead>\n<tbody>\n");
        CountRow(html, text.ClauseARow, targets.Count(target => target.Clause == RuleClause.A), "");
        CountRow(html, text.NoBaselineRow, targets.Count(target => target.HasNoBaseline), "sub");
        CountRow(html, text.ClauseBRow, targets.Count(target => target.Clause == RuleClause.B), "");
        CountRow(html, text.CappedRow, targets.Count(target => target.IsCapped), "sub");
        CountRow(html, text.TotalRow, targets.Count, "total");
        html.Write("</tbody>\n</table>\n");
    }

    /// <summary>One row per unit (in order of first appearance, spellings of one unit together), a column per indicator present.</summary>
    public static void Targets(TextWriter html, ReportText text, IReadOnlyList<Indicator> indicators, IReadOnlyList<AssignedTarget> targets)
    {
        var column = indicators.Select((indicator, index) => (indicator.Code, index)).ToDictionary(pair => pair.Code, pair => pair.index, StringComparer.OrdinalIgnoreCase);
        var rows = new Dictionary<string, (string Unit, decimal?[] Targets)>(UnitNameComparer.Instance);
        var order = new List<string>();
        foreach (var target in targets)
        {
            if (!rows.TryGetValue(target.Unit, out var row))
            {
                row = (target.Unit, new decimal?[indicators.Count]);
                rows.Add(target.Unit, row);
                order.Add(target.Unit);
            }

            row.Targets[column[target.Indicator.Code]] = target.Target2024;
        }

        html.Write($"<table class=\"targets\">\n<caption>{Html.Encode(text.TargetsCaption)}</caption>\n<thead><tr><th scope=\"col\">{Html.Encode(text.UnitHeader)}</th>");
        foreach (var indicator in indicators)
        {
            html.Write($"<th scope=\"col\" class=\"number\">{Html.Encode(indicator.Code)}</th>");
        }

        html.Write("</tr></thead>\n<tbody>\n");
        foreach (var unit in order)
        {
            html.Write($"<tr><th scope=\"row\">{Html.Encode(rows[unit].Unit)}</th>");
            foreach (var value in rows[unit].Targets)
            {
                html.Write($"<td class=\"number\">{(value is { } target ? Html.Encode(text.Number(target)) : "")}</td>");
            }

            html.Write("</tr>\n");
        }

        html.Write($"</tbody>\n</table>\n<p class=\"note\">{Html.Encode(text.TargetsNote)}</p>\n");
    }

    /// <summary>Per indicator: units met, behind and without data, and the median gap.</summary>
    public static void Summary(TextWriter html, ReportText text, IndicatorCatalog catalog, string? period, IEnumerable<IndicatorProgress> summary)
    {
        html.Write($"<table class=\"summary\">\n<caption>{Html.Encode(text.SummaryCaption(period))}</caption>\n<thead><tr>");
        Headers(html, text.IndicatorHeader, text.UnitsHeader, text.MetHeader, text.BehindHeader, text.NoDataHeader, text.MedianGapHeader);
        html.Write("</tr></thead>\n<tbody>\n");
        foreach (var entry in summary)
        {
            var name = $"{entry.Indicator.Code}. {text.IndicatorName(entry.Indicator, catalog)}";
            var median = entry.MedianGap is { } gap ? text.Number(gap) : text.NoValue;
            html.Write($"<tr{(entry.Behind > 0 ? " class=\"has-behind\"" : "")}><th scope=\"row\">{Html.Encode(name)}</th>");
            Numbers(html, entry.Units, entry.Met, entry.Behind, entry.NoData);
            html.Write($"<td class=\"number\">{Html.Encode(median)}</td></tr>\n");
        }

        html.Write("</tbody>\n</table>\n");
    }

    /// <summary>Units by indicators met, best first, ties sharing a rank.</summary>
    public static void Ranking(TextWriter html, ReportText text, IEnumerable<UnitStanding> standings)
    {
        html.Write($"<table class=\"ranking\">\n<caption>{Html.Encode(text.RankingCaption)}</caption>\n<thead><tr>");
        html.Write($"<th scope=\"col\" class=\"number\">{Html.Encode(text.RankHeader)}</th>");
        Headers(html, text.UnitHeader, text.MetHeader, text.BehindHeader, text.NoDataHeader);
        html.Write("</tr></thead>\n<tbody>\n");
        foreach (var standing in standings)
        {
            html.Write($"<tr><td class=\"number\">{standing.Rank}</td><th scope=\"row\">{Html.Encode(standing.Unit)}</th>");
            Numbers(html, standing.Met, standing.Behind, standing.NoData);
            html.Write("</tr>\n");
        }

        html.Write("</tbody>\n</table>\n");
    }

    private static void CountRow(TextWriter html, string label, int count, string cssClass) =>
        html.Write($"<tr{(cssClass.Length == 0 ? "" : $" class=\"{cssClass}\"")}><th scope=\"row\">{Html.Encode(label)}</th><td class=\"number\">{count}</td></tr>\n");

    // A text column's title, then the titles of number columns.
    private static void Headers(TextWriter html, string first, params ReadOnlySpan<string> numbers)
    {
        html.Write($"<th scope=\"col\">{Html.Encode(first)}</th>");
        foreach (var header in numbers)
        {
            html.Write($"<th scope=\"col\" class=\"number\">{Html.Encode(header)}</th>");
        }
    }

    private static void Numbers(TextWriter html, params ReadOnlySpan<int> counts)
    {
        foreach (var count in counts)
        {
            html.Write($"<td class=\"number\">{count}</td>");
        }
    }
}
