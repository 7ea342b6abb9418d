using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Results;

/// <summary>The columns of a results table and the titles accepted for them (listed in the README).</summary>
internal static class ResultColumns
{
    public static readonly ColumnSpec Unit = new("unit", true, ["Đơn vị", "Tên đơn vị", "Cơ quan, đơn vị", "Cơ quan đơn vị"]);

    public static readonly ColumnSpec Indicator = new("indicator", true, ["Mã chỉ tiêu", "Chỉ tiêu", "Mã CT"], ["indicator code"]);

    public static readonly ColumnSpec Result = new(
        "result_2023", true, ["Kết quả 2023", "Kết quả năm 2023", "Kết quả thực hiện 2023", "Kết quả thực hiện năm 2023", "KQ 2023"], ["result 2023"]);

    /// <summary>A counts file's numerator: what the share counts (long layout).</summary>
    public static readonly ColumnSpec Numerator = new("numerator", false, ["Tử số"]);

    /// <summary>A counts file's denominator: what the share is of (long layout).</summary>
    public static readonly ColumnSpec Denominator = new("denominator", false, ["Mẫu số"]);

    /// <summary>Prefixes accepted before an indicator code in a wide layout's column titles: <c>CT1</c>, <c>Chỉ tiêu 9.1</c>.</summary>
    public static readonly string[] CodePrefixes = ["chỉ tiêu", "ct", "indicator", "mã chỉ tiêu"];
}
