using KpiTargets.Cli.Input;
using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Catalogs;

/// <summary>
/// Reads a catalog CSV (see <see cref="CatalogColumns"/>). A row with an empty <c>central_target</c> is a heading.
/// Every problem is reported with its line; the catalog is returned only when there is none.
/// </summary>
internal static class CatalogCsvReader
{
    private static readonly ColumnSpec[] Columns =
    [
        new(CatalogColumns.Code),
        new(CatalogColumns.NameVietnamese),
        new(CatalogColumns.NameEnglish, IsRequired: false),
        new(CatalogColumns.Unit, IsRequired: false),
        new(CatalogColumns.CentralTarget),
        new(CatalogColumns.Minimum, IsRequired: false),
        new(CatalogColumns.Maximum, IsRequired: false),
        new(CatalogColumns.AppliesTo, IsRequired: false),
    ];

    public static IndicatorCatalog? Read(InputSource source, ProblemLog problems)
    {
        var before = problems.Count;
        var file = source.DisplayName;
        var indicators = new List<Indicator>();
        var headings = new List<IndicatorHeading>();
        var firstLineByCode = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);

        foreach (var row in CsvTableReader.Read(source, Columns, problems))
        {
            var code = row.Values[0]!.Trim();
            var nameVietnamese = row.Values[1]!.Trim();
            var nameEnglish = row.Values[2]?.Trim() ?? "";
            var rowOk = true;
            if (code.Length == 0)
            {
                problems.Add(file, row.Line, $"the '{CatalogColumns.Code}' is empty");
                rowOk = false;
            }
            else if (!firstLineByCode.TryAdd(code, row.Line))
            {
                problems.Add(file, row.Line, $"the code '{code}' is already used at line {firstLineByCode[code]}");
                rowOk = false;
            }

            if (nameVietnamese.Length == 0)
            {
                problems.Add(file, row.Line, $"the '{CatalogColumns.NameVietnamese}' is empty");
                rowOk = false;
            }

            if (string.IsNullOrWhiteSpace(row.Values[4]))
            {
                if (rowOk)
                {
                    headings.Add(new IndicatorHeading(code, nameVietnamese, nameEnglish));
                }

                continue;
            }

            var central = Number(row, 4, CatalogColumns.CentralTarget, null, ref rowOk);
            var minimum = Number(row, 5, CatalogColumns.Minimum, CatalogColumns.DefaultMinimum, ref rowOk);
            var maximum = Number(row, 6, CatalogColumns.Maximum, CatalogColumns.DefaultMaximum, ref rowOk);
            if (rowOk && minimum > maximum)
            {
                problems.Add(file, row.Line, $"the minimum {DecimalText.Shortest(minimum)} is greater than the maximum {DecimalText.Shortest(maximum)}");
                rowOk = false;
            }
            else if (rowOk && (central < minimum || central > maximum))
            {
                problems.Add(file, row.Line, $"the central target {DecimalText.Shortest(central)} is outside the bounds {DecimalText.Shortest(minimum)} to {DecimalText.Shortest(maximum)}");
                rowOk = false;
            }

            if (rowOk)
            {
                var unit = string.IsNullOrWhiteSpace(row.Values[3]) ? CatalogColumns.DefaultUnit : row.Values[3]!.Trim();
                indicators.Add(new Indicator(code, nameVietnamese, nameEnglish, unit, central, minimum, maximum, row.Values[7]?.Trim() ?? ""));
            }
        }

        if (problems.Count == before && indicators.Count == 0)
        {
            problems.Add(file, 1, "the catalog has no indicator with a central target");
        }

        return problems.Count == before ? new IndicatorCatalog(Path.GetFileName(file), indicators, headings) : null;

        decimal Number(TableRow row, int index, string column, decimal? fallback, ref bool rowOk)
        {
            var text = row.Values[index];
            if (string.IsNullOrWhiteSpace(text) && fallback is { } value)
            {
                return value;
            }

            if (InvariantDecimal.TryParse(text, out var number))
            {
                return number;
            }

            problems.Add(file, row.Line, $"the {column} '{text}' is not a number; write it with '.' as the decimal mark, for example 45.5");
            rowOk = false;
            return 0m;
        }
    }
}
