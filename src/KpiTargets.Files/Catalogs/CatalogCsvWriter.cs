using KpiTargets.Files.Csv;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Catalogs;

/// <summary>
/// Writes a catalog in the format <see cref="CatalogCsvReader"/> reads, each heading just before the first
/// indicator it groups, so the built-in catalog can be copied and edited for another year or province. It is written
/// as the targets are: text that a spreadsheet would run as a formula gets the guard the reader removes again.
/// </summary>
internal static class CatalogCsvWriter
{
    public static void Write(IndicatorCatalog catalog, Stream destination)
    {
        using var csv = new CsvTableWriter(destination, guardFormulas: true);
        csv.WriteRow([.. CatalogColumns.All.Select(title => (Cell)title)]);
        foreach (var indicator in catalog.Indicators)
        {
            foreach (var heading in CatalogOrder.HeadingsBefore(catalog, indicator))
            {
                csv.WriteRow(Heading(heading));
            }

            csv.WriteRow(
            [
                indicator.Code,
                indicator.NameVietnamese,
                indicator.NameEnglish,
                indicator.UnitOfMeasure,
                Cell.Of(indicator.CentralTarget),
                Cell.Of(indicator.Minimum),
                Cell.Of(indicator.Maximum),
                indicator.AppliesTo,
                indicator.NumeratorVietnamese,
                indicator.NumeratorEnglish,
                indicator.DenominatorVietnamese,
                indicator.DenominatorEnglish,
            ]);
        }

        foreach (var heading in CatalogOrder.HeadingsWithoutIndicators(catalog))
        {
            csv.WriteRow(Heading(heading));
        }
    }

    // A heading has a code and names, and no target of its own.
    private static Cell[] Heading(IndicatorHeading heading) =>
        [heading.Code, heading.NameVietnamese, heading.NameEnglish, .. Enumerable.Repeat((Cell)"", CatalogColumns.All.Length - 3)];
}
