using KpiTargets.Files.Formats;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Text;

namespace KpiTargets.Files.Catalogs;

/// <summary>
/// Reads a catalog file (see <see cref="CatalogColumns"/>) in any shape a results file may take: CSV with any
/// accepted encoding and separator, or a workbook. A row with an empty <c>central_target</c> is a heading.
/// Every problem is reported with its line; the catalog is returned only when there is none.
/// </summary>
internal static class CatalogCsvReader
{
    private static readonly ColumnSpec[] Columns =
    [
        new(CatalogColumns.Code, true),
        new(CatalogColumns.NameVietnamese, true),
        new(CatalogColumns.NameEnglish, false),
        new(CatalogColumns.Unit, false),
        new(CatalogColumns.CentralTarget, true),
        new(CatalogColumns.Minimum, false),
        new(CatalogColumns.Maximum, false),
        new(CatalogColumns.AppliesTo, false),
        new(CatalogColumns.NumeratorVietnamese, false, ["Tử số"]),
        new(CatalogColumns.NumeratorEnglish, false, null, ["numerator"]),
        new(CatalogColumns.DenominatorVietnamese, false, ["Mẫu số"]),
        new(CatalogColumns.DenominatorEnglish, false, null, ["denominator"]),
    ];

    /// <summary>
    /// The catalog of a run: the file given with <c>--catalog</c>, or the built-in 2024 catalog when there is none.
    /// <see langword="null"/> when the file has problems, which are then in <paramref name="problems"/>.
    /// </summary>
    public static IndicatorCatalog? Load(string? catalogPath, Messages messages, ProblemLog problems) =>
        catalogPath is null
            ? IndicatorCatalog.BinhSon2024
            : Read(InputSource.FromFile(catalogPath), InputOptions.Default with { Messages = messages }, problems);

    /// <summary>Reads a catalog file; <see langword="null"/> when it has problems, which are then in <paramref name="problems"/>.</summary>
    public static IndicatorCatalog? Read(InputSource source, InputOptions options, ProblemLog problems)
    {
        var messages = options.Messages;
        var file = source.DisplayName;
        var before = problems.Count;
        var indicators = new List<Indicator>();
        var headings = new List<IndicatorHeading>();
        var firstLineByCode = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        int[]? columns = null;

        foreach (var record in TableFiles.Read(source, options, problems))
        {
            if (columns is null)
            {
                columns = MatchHeader(record, file, problems, messages);
                if (columns is null)
                {
                    return null;
                }

                continue;
            }

            string Field(int column) => columns[column] < 0 ? "" : record.Fields[columns[column]].Trim();
            var code = Field(0);
            var nameVietnamese = Field(1);
            var rowOk = true;
            if (code.Length == 0)
            {
                problems.Add(file, record.Line, messages.CatalogEmpty(CatalogColumns.Code));
                rowOk = false;
            }
            else if (!firstLineByCode.TryAdd(code, record.Line))
            {
                problems.Add(file, record.Line, messages.CatalogDuplicateCode(code, firstLineByCode[code]));
                rowOk = false;
            }

            if (nameVietnamese.Length == 0)
            {
                problems.Add(file, record.Line, messages.CatalogEmpty(CatalogColumns.NameVietnamese));
                rowOk = false;
            }

            if (Field(4).Length == 0)
            {
                if (rowOk)
                {
                    headings.Add(new IndicatorHeading(code, nameVietnamese, Field(2)));
                }

                continue;
            }

            var central = Number(Field(4), CatalogColumns.CentralTarget, null, ref rowOk);
            var minimum = Number(Field(5), CatalogColumns.Minimum, CatalogColumns.DefaultMinimum, ref rowOk);
            var maximum = Number(Field(6), CatalogColumns.Maximum, CatalogColumns.DefaultMaximum, ref rowOk);
            if (rowOk && minimum > maximum)
            {
                problems.Add(file, record.Line, messages.CatalogMinimumAboveMaximum(DecimalText.Shortest(minimum), DecimalText.Shortest(maximum)));
                rowOk = false;
            }
            else if (rowOk && (central < minimum || central > maximum))
            {
                problems.Add(file, record.Line, messages.CatalogCentralOutOfBounds(DecimalText.Shortest(central), DecimalText.Shortest(minimum), DecimalText.Shortest(maximum)));
                rowOk = false;
            }

            if (rowOk)
            {
                var unit = Field(3).Length == 0 ? CatalogColumns.DefaultUnit : Field(3);
                indicators.Add(new Indicator(code, nameVietnamese, Field(2), unit, central, minimum, maximum, Field(7))
                {
                    NumeratorVietnamese = Field(8),
                    NumeratorEnglish = Field(9),
                    DenominatorVietnamese = Field(10),
                    DenominatorEnglish = Field(11),
                });
            }

            decimal Number(string text, string column, decimal? fallback, ref bool ok)
            {
                if (text.Length == 0 && fallback is { } value)
                {
                    return value;
                }

                if (DecimalInput.TryParse(text, out var number) && Math.Abs(number) <= Indicator.MaxMagnitude)
                {
                    return number;
                }

                problems.Add(file, record.Line, messages.CatalogNotANumber(column, text));
                ok = false;
                return 0m;
            }
        }

        if (columns is null && problems.Count == before)
        {
            problems.Add(file, 1, messages.EmptyFile(string.Join(", ", Columns.Where(c => c.IsRequired).Select(c => c.Name))));
        }
        else if (problems.Count == before && indicators.Count == 0)
        {
            problems.Add(file, 1, messages.CatalogWithoutIndicators);
        }

        return problems.Count == before ? new IndicatorCatalog(Path.GetFileName(file), indicators, headings) : null;
    }

    private static int[]? MatchHeader(RawRecord header, string file, ProblemLog problems, Messages messages)
    {
        var complete = true;
        var indexes = Columns.Select(spec =>
        {
            var index = HeaderTitle.Find(header, spec, file, problems, messages, out var repeated);
            complete &= !repeated;
            if (index < 0 && spec.IsRequired && !repeated)
            {
                problems.Add(file, header.Line, HeaderTitle.Missing(header, spec, messages));
                complete = false;
            }

            return index;
        }).ToArray();
        return complete ? indexes : null;
    }
}
