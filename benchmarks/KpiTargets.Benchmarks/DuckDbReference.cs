using System.Globalization;
using DuckDB.NET.Data;

namespace KpiTargets.Benchmarks;

/// <summary>
/// The same job in DuckDB SQL, in process through DuckDB.NET: read unit, indicator, result_2023, apply the rule
/// (relative 10 %, 2 decimals, half away from zero, cap at the maximum, never below the central target) and write
/// the six canonical columns. The reference our CLI is timed against.
/// </summary>
public static class DuckDbReference
{
    public static void Run(string input, string output, int threads)
    {
        // A CASE per code rather than a join: a projection keeps the input order under DuckDB's
        // preserve_insertion_order, where a parallel hash join would not.
        var indicators = IndicatorCatalog.BinhSon2024.Indicators;
        var central = "CASE r.indicator " + string.Concat(indicators.Select(i => string.Create(
            CultureInfo.InvariantCulture, $"WHEN '{i.Code}' THEN {i.CentralTarget}::DECIMAL(18,4) "))) + "END";
        var maximum = "CASE r.indicator " + string.Concat(indicators.Select(i => string.Create(
            CultureInfo.InvariantCulture, $"WHEN '{i.Code}' THEN {i.Maximum}::DECIMAL(18,4) "))) + "END";
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SET threads = {threads};
            SET preserve_insertion_order = true;
            COPY (
                SELECT unit, indicator, result_2023, central AS central_target,
                       CASE WHEN result_2023 IS NULL OR result_2023 < central THEN central
                            ELSE greatest(central, least(maximum, round(result_2023 * 1.1, 2))) END AS target_2024,
                       CASE WHEN result_2023 IS NULL OR result_2023 < central THEN 'a' ELSE 'b' END AS rule
                FROM (
                    SELECT r.unit, r.indicator, r.result_2023, {central} AS central, {maximum} AS maximum
                    FROM read_csv('{Quote(input)}', header = true, delim = ',', quote = '"',
                                  columns = {"{"}'unit': 'VARCHAR', 'indicator': 'VARCHAR', 'result_2023': 'DECIMAL(18,4)'{"}"}) AS r)
            ) TO '{Quote(output)}' (HEADER, DELIMITER ',');
            """;
        command.ExecuteNonQuery();
    }

    private static string Quote(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
