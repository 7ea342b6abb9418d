using CsvHelper;

namespace KpiTargets.Cli.Catalogs;

/// <summary>
/// Writes a catalog in the format <see cref="CatalogCsvReader"/> reads, each heading just before the first
/// indicator it groups, so the built-in catalog can be copied and edited for another year or province.
/// </summary>
internal static class CatalogCsvWriter
{
    public static void Write(IndicatorCatalog catalog, Stream destination)
    {
        using var csv = CsvWriter.Create(destination, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(CatalogColumns.All);
        var written = new HashSet<IndicatorHeading>();
        foreach (var indicator in catalog.Indicators)
        {
            foreach (var heading in catalog.Headings.Where(h => !written.Contains(h) && catalog.IndicatorsUnder(h).FirstOrDefault() == indicator))
            {
                csv.WriteRecord([heading.Code, heading.NameVietnamese, heading.NameEnglish, "", "", "", "", ""]);
                written.Add(heading);
            }

            csv.WriteRecord(
            [
                indicator.Code,
                indicator.NameVietnamese,
                indicator.NameEnglish,
                indicator.UnitOfMeasure,
                DecimalText.Shortest(indicator.CentralTarget),
                DecimalText.Shortest(indicator.Minimum),
                DecimalText.Shortest(indicator.Maximum),
                indicator.AppliesTo,
            ]);
        }

        foreach (var heading in catalog.Headings.Where(h => !written.Contains(h)))
        {
            csv.WriteRecord([heading.Code, heading.NameVietnamese, heading.NameEnglish, "", "", "", "", ""]);
        }
    }
}
