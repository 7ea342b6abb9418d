namespace KpiTargets.Files.Reports;

/// <summary>
/// The report's one style sheet, inline: for the screen, and for printing on A4 with each indicator on a new page and
/// no chart or table row split across pages. Only fonts the reader's system has; nothing is fetched.
/// </summary>
internal static class ReportStyle
{
    /// <summary>The style sheet's text.</summary>
    public const string Css = """
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #1a1a1a; line-height: 1.4; max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0.5rem 0 0.25rem; }
        h2 { font-size: 1.2rem; border-bottom: 1px solid #888; padding-bottom: 0.2rem; margin-top: 2rem; }
        header p { margin: 0.2rem 0; }
        figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-weight: bold; margin-bottom: 0.3rem; }
        svg { display: block; width: 100%; height: auto; }
        svg text { font-size: 11px; fill: #1a1a1a; }
        svg .tick, svg .axis-title { font-size: 10px; text-anchor: middle; fill: #444; }
        svg .note { font-size: 10px; font-style: italic; fill: #444; }
        svg .grid { stroke: #d6d6d6; stroke-width: 1; }
        svg .guide { stroke: #efefef; stroke-width: 1; }
        svg .baseline { stroke: #666; stroke-width: 1; }
        svg .central { stroke: #000; stroke-width: 1.5; stroke-dasharray: 5 3; }
        svg .clause-a { fill: #fff; stroke: #1f4e79; stroke-width: 1.6; }
        svg .clause-b { fill: #1f4e79; stroke: #1f4e79; stroke-width: 1; }
        svg .cap-ring { fill: none; stroke: #1f4e79; stroke-width: 1.2; }
        svg .no-baseline { fill: #fff; stroke: #555; stroke-width: 1.2; stroke-dasharray: 2 1.5; }
        svg .band { fill: #d4d4d4; }
        svg .target { stroke: #000; stroke-width: 2; }
        svg .actual-met { fill: #1f4e79; }
        svg .actual-behind { fill: #fff; stroke: #a8321c; stroke-width: 1.5; }
        svg .behind-row { fill: #fbe8e2; }
        svg .unit-behind, svg .status-behind { font-weight: bold; }
        svg .status-behind { fill: #a8321c; }
        table { border-collapse: collapse; margin: 0.75rem 0 1.25rem; font-size: 0.85rem; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
        th, td { border: 1px solid #bbb; padding: 0.2rem 0.45rem; text-align: left; vertical-align: top; font-weight: normal; }
        thead th { font-weight: bold; background: #f0f0f0; }
        .number { text-align: right; font-variant-numeric: tabular-nums; }
        tr.sub th { padding-left: 1.5rem; font-style: italic; }
        tr.total th, tr.total td { font-weight: bold; }
        tr.has-behind td:nth-child(4) { font-weight: bold; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        p.note { font-size: 0.85rem; color: #444; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          main > section { break-before: page; page-break-before: always; }
          h2 { margin-top: 0; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
