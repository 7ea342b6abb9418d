using System.Text;
using KpiTargets.Files.Results;

namespace KpiTargets.Files.Reports;

/// <summary>
/// Writes a report as one self-contained HTML5 file: the style sheet and every chart (inline SVG) are inside it, a
/// content security policy forbids fetching anything, and there is no script, so it reads the same with scripts off.
/// UTF-8 without a byte order mark, LF line ends, and nothing that changes from run to run (no date, no random
/// identifier), so the same content gives the same bytes.
/// </summary>
/// <remarks>
/// The page: a header (title, period, catalog, counts) and contents; then per indicator present, in catalog order, the
/// dot chart of the 2023 results against the central target, the units under each clause and, with progress, the bar
/// chart of the actuals against the targets; then, with progress, the summary per indicator and the ranking of units;
/// last the targets table. In print (A4) every one of these sections starts a page.
/// </remarks>
internal static class HtmlReport
{
    private const string SecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    /// <summary>Writes the report of <paramref name="content"/> into <paramref name="destination"/>, which stays open.</summary>
    public static void Write(ReportContent content, Stream destination)
    {
        using var html = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var text = content.Text;
        var sections = Sections(content);
        var title = content.Title ?? text.DefaultTitle(content.Progress is not null);

        html.Write($"<!DOCTYPE html>\n<html lang=\"{text.LanguageTag}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{SecurityPolicy}\">\n");
        html.Write($"<title>{Html.Encode(title)}</title>\n<style>\n{ReportStyle.Css}</style>\n</head>\n<body>\n");
        Header(html, content, title, sections);
        html.Write("<main>\n");
        for (var i = 0; i < sections.Count; i++)
        {
            Indicator(html, content, sections[i], i);
        }

        if (content.Progress is { } progress)
        {
            html.Write($"<section id=\"summary\">\n<h2>{Html.Encode(text.SummaryCaption(content.Period))}</h2>\n");
            var byCatalog = sections.Select(section => section.Indicator).ToList();
            ReportTables.Summary(html, text, content.Catalog, content.Period, ProgressSummary.ByIndicator(progress).OrderBy(entry => byCatalog.IndexOf(entry.Indicator)));
            ReportTables.Ranking(html, text, ProgressSummary.RankUnits(progress, UnitNameComparer.Instance));
            html.Write("</section>\n");
        }

        html.Write($"<section id=\"targets\">\n<h2>{Html.Encode(text.TargetsCaption)}</h2>\n");
        ReportTables.Targets(html, text, [.. sections.Select(section => section.Indicator)], content.Targets);
        html.Write("</section>\n</main>\n</body>\n</html>\n");
    }

    // One indicator present in the targets: its targets in file order, and their progress when the report has any.
    private sealed record Section(Indicator Indicator, IReadOnlyList<AssignedTarget> Targets, IReadOnlyList<TargetProgress>? Progress);

    private static List<Section> Sections(ReportContent content)
    {
        var targets = content.Targets.ToLookup(target => target.Indicator.Code, StringComparer.OrdinalIgnoreCase);
        var progress = content.Progress?.ToLookup(entry => entry.Target.Indicator.Code, StringComparer.OrdinalIgnoreCase);
        return [.. content.Catalog.Indicators
            .Where(indicator => targets.Contains(indicator.Code))
            .Select(indicator => new Section(indicator, [.. targets[indicator.Code]], progress is null ? null : [.. progress[indicator.Code]]))];
    }

    private static void Header(StreamWriter html, ReportContent content, string title, List<Section> sections)
    {
        var text = content.Text;
        var units = content.Targets.Select(target => target.Unit).Distinct(UnitNameComparer.Instance).Count();
        html.Write($"<header>\n<h1>{Html.Encode(title)}</h1>\n");
        if (content.Period is { } period)
        {
            html.Write($"<p class=\"period\">{Html.Encode(text.Period(period))}</p>\n");
        }

        html.Write($"<p>{Html.Encode(text.Catalog(content.Catalog.Name))}</p>\n");
        html.Write($"<p>{Html.Encode(text.Overview(units, sections.Count, content.Targets.Count))}</p>\n</header>\n");
        html.Write($"<nav>\n<h2>{Html.Encode(text.Contents)}</h2>\n<ol>\n");
        for (var i = 0; i < sections.Count; i++)
        {
            var indicator = sections[i].Indicator;
            html.Write($"<li><a href=\"#indicator-{i + 1}\">{Html.Encode(text.IndicatorHeading(indicator.Code, text.IndicatorName(indicator, content.Catalog)))}</a></li>\n");
        }

        if (content.Progress is not null)
        {
            html.Write($"<li><a href=\"#summary\">{Html.Encode(text.SummaryCaption(content.Period))}</a></li>\n");
        }

        html.Write($"<li><a href=\"#targets\">{Html.Encode(text.TargetsCaption)}</a></li>\n</ol>\n</nav>\n");
    }

    private static void Indicator(StreamWriter html, ReportContent content, Section section, int index)
    {
        var text = content.Text;
        var indicator = section.Indicator;
        html.Write($"<section class=\"indicator\" id=\"indicator-{index + 1}\">\n");
        html.Write($"<h2>{Html.Encode(text.IndicatorHeading(indicator.Code, text.IndicatorName(indicator, content.Catalog)))}</h2>\n");
        html.Write($"<p>{Html.Encode(text.CentralTarget(text.Quantity(indicator.CentralTarget, indicator)))}</p>\n");
        html.Write($"<figure>\n<figcaption>{Html.Encode(text.ResultsCaption)}</figcaption>\n");
        ResultsChart.Write(new Svg(html), text, indicator, section.Targets);
        html.Write("</figure>\n");
        ReportTables.ClauseCounts(html, text, section.Targets);
        if (section.Progress is { } progress)
        {
            html.Write($"<figure>\n<figcaption>{Html.Encode(text.ProgressCaption(content.Period))}</figcaption>\n");
            ProgressChart.Write(new Svg(html), text, indicator, progress);
            html.Write("</figure>\n");
        }

        html.Write("</section>\n");
    }
}
