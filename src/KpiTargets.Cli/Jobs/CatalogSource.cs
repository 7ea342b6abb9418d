using KpiTargets.Cli.Catalogs;
using KpiTargets.Cli.Input;
using KpiTargets.Cli.Problems;
using KpiTargets.Cli.Text;

namespace KpiTargets.Cli.Jobs;

/// <summary>Chooses the catalog of a run: the file given with <c>--catalog</c>, or the built-in 2024 catalog.</summary>
internal static class CatalogSource
{
    /// <summary>Loads the catalog; <see langword="null"/> when the file has problems, which are then in <paramref name="problems"/>.</summary>
    public static IndicatorCatalog? Load(string? catalogPath, Messages messages, ProblemLog problems) =>
        catalogPath is null
            ? IndicatorCatalog.BinhSon2024
            : CatalogCsvReader.Read(InputSource.FromFile(catalogPath), InputOptions.Default with { Messages = messages }, problems);
}
