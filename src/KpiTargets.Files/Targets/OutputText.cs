using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Targets;

/// <summary>Column titles and flags of the targets table, in English (the contract for scripts) or Vietnamese.</summary>
/// <param name="LongHeader">The long layout's column titles.</param>
/// <param name="UnitTitle">The wide layout's unit column title.</param>
/// <param name="WideTargetTitle">The wide layout's title of an indicator's target column.</param>
/// <param name="Yes">A flag's words in Vietnamese (<c>có</c>), or <see langword="null"/> where flags are yes-or-no cells (<c>true</c>).</param>
/// <param name="No">The other word (<c>không</c>), or <see langword="null"/>.</param>
/// <param name="Explanation">The language of the explanation.</param>
internal sealed record OutputText(
    string[] LongHeader,
    string UnitTitle,
    Func<string, string> WideTargetTitle,
    string? Yes,
    string? No,
    ExplanationLanguage Explanation)
{
    public static OutputText English { get; } = new(
        ["unit", "indicator", "result_2023", "central_target", "target_2024", "rule", "indicator_name", "capped", "no_baseline", "explanation"],
        "unit",
        code => $"target_2024_{code}",
        null,
        null,
        ExplanationLanguage.English);

    public static OutputText Vietnamese { get; } = new(
        ["Đơn vị", "Mã chỉ tiêu", "Kết quả 2023", "Chỉ tiêu Trung ương 2024", "Chỉ tiêu 2024", "Trường hợp", "Tên chỉ tiêu", "Giới hạn tối đa", "Không có kết quả 2023", "Cách tính"],
        "Đơn vị",
        code => $"Chỉ tiêu 2024 ({code})",
        "có",
        "không",
        ExplanationLanguage.Vietnamese)
    {
        CountsHeader = ["Tử số", "Mẫu số"],
    };

    /// <summary>The titles of the counts columns the long layout adds after the others when the input has counts.</summary>
    public string[] CountsHeader { get; init; } = ["numerator", "denominator"];

    /// <summary>A flag's cell: a yes-or-no (<c>true</c>/<c>false</c> in CSV, a boolean in a workbook), or the words.</summary>
    public Cell Flag(bool value) => Yes is null || No is null ? Cell.Of(value) : value ? Yes : No;
}
