using KpiTargets.Files.Results;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Targets;

/// <summary>
/// The columns a targets file is read back by: the six canonical ones and <c>capped</c>, under the titles our own
/// writer gives them in English and Vietnamese (<see cref="OutputText"/>), so any file <c>assign</c> wrote reads back.
/// Unit, indicator and result are the results file's columns, with every title a results file may use.
/// </summary>
internal static class TargetsColumns
{
    public static readonly ColumnSpec Unit = ResultColumns.Unit;

    public static readonly ColumnSpec Indicator = ResultColumns.Indicator;

    public static readonly ColumnSpec Result2023 = ResultColumns.Result;

    public static readonly ColumnSpec CentralTarget = Written(3, true);

    public static readonly ColumnSpec Target2024 = Written(4, true);

    public static readonly ColumnSpec Rule = Written(5, true);

    /// <summary>Optional: without it a target is taken as capped when clause b gave the indicator's maximum.</summary>
    public static readonly ColumnSpec Capped = Written(7, false);

    /// <summary>Every column, the required ones first in the order the long layout writes them.</summary>
    public static readonly ColumnSpec[] All = [Unit, Indicator, Result2023, CentralTarget, Target2024, Rule, Capped];

    // The column the long layout writes at index, under its English and its Vietnamese title.
    private static ColumnSpec Written(int index, bool required) =>
        new(OutputText.English.LongHeader[index], required, [OutputText.Vietnamese.LongHeader[index]]);
}
