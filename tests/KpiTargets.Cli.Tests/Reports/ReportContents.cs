using KpiTargets.Files.Reports;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// Report contents built in memory: the Bình Sơn sample's targets as the rule assigns them, actuals made from them by a
/// fixed recipe (met, behind, missing), and small hand-made cases with names that mean something to HTML.
/// </summary>
internal static class ReportContents
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.BinhSon2024;

    /// <summary>The sample's 303 targets over 35 units and 10 indicators, as <c>assign</c> decides them.</summary>
    public static IReadOnlyList<AssignedTarget> SampleTargets { get; } =
        [.. TargetRule.AssignAll(Files.ResultsFile.Read(Path.Combine(Repository.SamplesFolder, "binh-son-2023", "results.csv")).Results, Catalog)
            .Select(AssignedTarget.From)];

    /// <summary>The sample's units, each spelled as first given.</summary>
    public static IReadOnlyList<string> SampleUnits { get; } = [.. SampleTargets.Select(target => target.Unit).Distinct()];

    /// <summary>The sample's targets alone.</summary>
    public static ReportContent Targets(ReportText text) => new(null, null, text, Catalog, SampleTargets);

    /// <summary>The sample's targets with an actual for each: every third behind by 5, every seventh missing, the rest met.</summary>
    public static ReportContent WithProgress(ReportText text) =>
        new(null, "6 tháng 2024", text, Catalog, SampleTargets, [.. SampleTargets.Select((target, i) => new TargetProgress(target, Actual(target, i)))]);

    /// <summary>One indicator's targets for units whose names hold markup, quotes and ampersands.</summary>
    public static ReportContent Hostile(ReportText text, bool withProgress)
    {
        var indicator = Catalog.Find("1");
        AssignedTarget[] targets =
        [
            AssignedTarget.From(TargetRule.Assign("<script>alert('x')</script>", indicator, 40m)),
            AssignedTarget.From(TargetRule.Assign("Phòng \"Tư pháp\" & Nội vụ", indicator, 60m)),
            AssignedTarget.From(TargetRule.Assign("</text><text>UBND xã Bình Châu", indicator, null)),
        ];
        return new ReportContent("Báo cáo <b>thử</b> & \"kiểm tra\"", "Q1 <2024>", text, Catalog, targets,
            withProgress ? [.. targets.Select((target, i) => new TargetProgress(target, i == 2 ? null : 50m))] : null);
    }

    private static decimal? Actual(AssignedTarget target, int index) => index switch
    {
        _ when index % 7 == 3 => null,
        _ when index % 3 == 0 => Math.Max(target.Target2024 - 5m, target.Indicator.Minimum),
        _ => target.Target2024,
    };
}
