namespace KpiTargets.Files.Tracking;

/// <summary>
/// Column titles and status words of <c>track</c>'s tables, in English (the contract for scripts) or Vietnamese, as
/// the targets' titles follow <c>--lang</c>.
/// </summary>
/// <param name="LongHeader">The long table's titles: unit, indicator, target_2024, actual, gap, status, indicator_name, period.</param>
/// <param name="UnitTitle">The wide table's unit column.</param>
/// <param name="WideColumns">The wide table's three columns of an indicator code: target, actual, status.</param>
/// <param name="PeriodTitle">The period column, last in every table.</param>
/// <param name="SummaryHeader">The summary's titles: indicator, indicator_name, units, met, behind, no_data, median_gap, period.</param>
/// <param name="RankingHeader">The ranking's titles: rank, unit, indicators, met, behind, no_data, period.</param>
/// <param name="Statuses">The words of <see cref="ProgressStatus.Met"/>, <see cref="ProgressStatus.Behind"/> and <see cref="ProgressStatus.NoData"/>.</param>
internal sealed record TrackText(
    string[] LongHeader,
    string UnitTitle,
    Func<string, string[]> WideColumns,
    string PeriodTitle,
    string[] SummaryHeader,
    string[] RankingHeader,
    string[] Statuses)
{
    public static TrackText English { get; } = new(
        ["unit", "indicator", "target_2024", "actual", "gap", "status", "indicator_name", "period"],
        "unit",
        code => [$"target_2024_{code}", $"actual_{code}", $"status_{code}"],
        "period",
        ["indicator", "indicator_name", "units", "met", "behind", "no_data", "median_gap", "period"],
        ["rank", "unit", "indicators", "met", "behind", "no_data", "period"],
        ["met", "behind", "no_data"]);

    public static TrackText Vietnamese { get; } = new(
        ["Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu 2024", "Thực hiện", "Chênh lệch", "Tình trạng", "Tên chỉ tiêu", "Kỳ báo cáo"],
        "Đơn vị",
        code => [$"Chỉ tiêu 2024 ({code})", $"Thực hiện ({code})", $"Tình trạng ({code})"],
        "Kỳ báo cáo",
        ["Mã chỉ tiêu", "Tên chỉ tiêu", "Số đơn vị", "Đạt", "Chưa đạt", "Không có số liệu", "Chênh lệch trung vị", "Kỳ báo cáo"],
        ["Hạng", "Đơn vị", "Số chỉ tiêu", "Đạt", "Chưa đạt", "Không có số liệu", "Kỳ báo cáo"],
        ["đạt", "chưa đạt", "không có số liệu"]);

    /// <summary>The word for <paramref name="status"/>.</summary>
    public string Status(ProgressStatus status) => Statuses[(int)status];
}
