using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Tracking;

/// <summary>
/// The value column of a period's actuals in the long layout, and the titles accepted for it (listed in the README).
/// A results file's <c>result_2023</c> is not among them: last year's results are not this period's actuals.
/// </summary>
internal static class ActualColumns
{
    public static readonly ColumnSpec Actual = new("actual", true, ["Kết quả", "Kết quả 2024", "Thực hiện"], ["result", "result_2024"]);
}
