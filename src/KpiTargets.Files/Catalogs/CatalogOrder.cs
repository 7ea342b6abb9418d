namespace KpiTargets.Files.Catalogs;

/// <summary>Where a catalog's headings stand among its indicators when it is shown or written, as in the appendix.</summary>
internal static class CatalogOrder
{
    /// <summary>The headings to show just before <paramref name="indicator"/>: those whose first grouped indicator it is.</summary>
    public static IEnumerable<IndicatorHeading> HeadingsBefore(IndicatorCatalog catalog, Indicator indicator) =>
        catalog.Headings.Where(heading => catalog.IndicatorsUnder(heading).FirstOrDefault() == indicator);

    /// <summary>The headings that group no indicator, shown after all indicators.</summary>
    public static IEnumerable<IndicatorHeading> HeadingsWithoutIndicators(IndicatorCatalog catalog) =>
        catalog.Headings.Where(heading => !catalog.IndicatorsUnder(heading).Any());
}
