namespace KpiTargets.Files.Reports;

/// <summary>What a report shows: the targets as handed on, and optionally a period's progress against them.</summary>
/// <param name="Title">The report's title; <see langword="null"/> for the language's default title.</param>
/// <param name="Period">The period's free label (<c>6 tháng 2024</c>), shown as it is; <see langword="null"/> when none.</param>
/// <param name="Text">The report's language: its words and how it writes numbers.</param>
/// <param name="Catalog">The catalog the targets were read with; its order is the order of the indicators.</param>
/// <param name="Targets">Every target, in the order of the targets file; units are listed in order of first appearance.</param>
/// <param name="Progress">Every target's progress in the period, or <see langword="null"/> for a report of the targets alone.</param>
internal sealed record ReportContent(
    string? Title,
    string? Period,
    ReportText Text,
    IndicatorCatalog Catalog,
    IReadOnlyList<AssignedTarget> Targets,
    IReadOnlyList<TargetProgress>? Progress = null);
