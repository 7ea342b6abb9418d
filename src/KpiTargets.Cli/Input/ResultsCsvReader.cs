using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Input;

/// <summary>Reads a results CSV (columns <c>unit</c>, <c>indicator</c>, <c>result_2023</c>, in any order) as a stream of rows.</summary>
internal static class ResultsCsvReader
{
    /// <summary>The column with the unit's name.</summary>
    public const string UnitColumn = "unit";

    /// <summary>The column with the indicator code.</summary>
    public const string IndicatorColumn = "indicator";

    /// <summary>The column with the 2023 result.</summary>
    public const string ResultColumn = "result_2023";

    private static readonly ColumnSpec[] Columns = [new(UnitColumn), new(IndicatorColumn), new(ResultColumn)];

    public static IEnumerable<ResultRow> Read(InputSource source, ProblemLog problems) =>
        CsvTableReader.Read(source, Columns, problems)
            .Select(row => new ResultRow(row.Line, row.Values[0]!, row.Values[1]!, row.Values[2]!));
}
