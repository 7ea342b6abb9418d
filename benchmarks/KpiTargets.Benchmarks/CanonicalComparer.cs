using System.Globalization;
using CsvHelper;

namespace KpiTargets.Benchmarks;

/// <summary>
/// Compares the six canonical columns of two targets files row for row: names and codes as text, numbers as
/// decimals (DuckDB writes 49.6700 where we write 49.67). Returns the number of rows that differ.
/// </summary>
public static class CanonicalComparer
{
    public static long Compare(string ours, string reference, TextWriter report)
    {
        using var left = CsvReader.FromFile(ours, new CsvReaderOptions { Separator = ',' });
        using var right = CsvReader.FromFile(reference, new CsvReaderOptions { Separator = ',' });
        long rows = 0, differences = 0;
        while (true)
        {
            var hasLeft = left.Read();
            var hasRight = right.Read();
            if (!hasLeft || !hasRight)
            {
                if (hasLeft != hasRight)
                {
                    report.WriteLine($"row counts differ after {rows} rows");
                    differences++;
                }

                break;
            }

            rows++;
            var same = left.GetString(0) == right.GetString(0)
                && left.GetString(1) == right.GetString(1)
                && SameNumber(left.GetString(2), right.GetString(2))
                && SameNumber(left.GetString(3), right.GetString(3))
                && SameNumber(left.GetString(4), right.GetString(4))
                && left.GetString(5) == right.GetString(5);
            if (!same && differences++ < 5)
            {
                report.WriteLine($"row {rows}: [{string.Join('|', Enumerable.Range(0, 6).Select(left.GetString))}] vs [{string.Join('|', Enumerable.Range(0, 6).Select(right.GetString))}]");
            }
        }

        report.WriteLine($"{rows} rows compared, {differences} differ");
        return differences;
    }

    private static bool SameNumber(string a, string b) =>
        a.Length == 0 || b.Length == 0
            ? a.Length == b.Length
            : decimal.Parse(a, CultureInfo.InvariantCulture) == decimal.Parse(b, CultureInfo.InvariantCulture);
}
