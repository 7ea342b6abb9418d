namespace KpiTargets.Cli.Targets;

/// <summary>Column titles and flag words of the targets table, in English (the contract for scripts) or Vietnamese.</summary>
internal sealed record OutputText(
    string[] LongHeader,
    string UnitTitle,
    Func<string, string> WideTargetTitle,
    string Yes,
    string No,
    ExplanationLanguage Explanation)
{
    public static OutputText English { get; } = new(
        ["unit", "indicator", "result_2023", "central_target", "target_2024", "rule", "indicator_name", "capped", "no_baseline", "explanation"],
        "unit",
        code => $"target_2024_{code}",
        "true",
        "false",
        ExplanationLanguage.English);

    public static OutputText Vietnamese { get; } = new(
        ["Đơn vị", "Mã chỉ tiêu", "Kết quả 2023", "Chỉ tiêu Trung ương 2024", "Chỉ tiêu 2024", "Trường hợp", "Tên chỉ tiêu", "Giới hạn tối đa", "Không có kết quả 2023", "Cách tính"],
        "Đơn vị",
        code => $"Chỉ tiêu 2024 ({code})",
        "có",
        "không",
        ExplanationLanguage.Vietnamese);
}
