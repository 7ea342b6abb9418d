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
        foreach (var indicator in catalog.Indicators)
        {
            foreach (var heading in CatalogOrder.HeadingsBefore(catalog, indicator))
            {
                csv.WriteRecord([heading.Code, heading.NameVietnamese, heading.NameEnglish, "", "", "", "", ""]);
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

        foreach (var heading in CatalogOrder.HeadingsWithoutIndicators(catalog))
        {
            csv.WriteRecord([heading.Code, heading.NameVietnamese, heading.NameEnglish, "", "", "", "", ""]);
        }
    }
}
