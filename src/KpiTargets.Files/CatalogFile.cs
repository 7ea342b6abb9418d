using KpiTargets.Files.Catalogs;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files;

/// <summary>
/// Reads and writes indicator catalogs in the format of <c>kpi-targets indicators --format csv</c>: the columns
/// <c>code</c>, <c>name_vi</c>, <c>name_en</c>, <c>unit</c>, <c>central_target</c> (empty for a heading),
/// <c>minimum</c>, <c>maximum</c>, <c>applies_to</c>, and what a share's counts count: <c>numerator_vi</c>,
/// <c>numerator_en</c>, <c>denominator_vi</c>, <c>denominator_en</c> (optional).
/// </summary>
public static class CatalogFile
{
    /// <summary>
    /// Reads a catalog file, CSV or a workbook (a path ending in <c>.xlsx</c>), with the checks and messages of
    /// <c>kpi-targets --catalog</c>: required columns, unique codes, numbers, a central target within the bounds.
    /// </summary>
    /// <param name="path">The file. Problems name it as given; the catalog is named after the file's name.</param>
    /// <param name="options">How to read the file; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The catalog when the file has no problem; the problems with their lines otherwise.</returns>
    /// <exception cref="IOException">The file cannot be opened (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    public static CatalogFileContents Read(string path, ReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var problems = new ProblemLog();
        var catalog = CatalogCsvReader.Read(InputSource.FromFile(path), (options ?? ReadOptions.Default).ToInputOptions(), problems);
        return new CatalogFileContents(catalog, [.. problems.Kept.Select(FileProblem.From)], problems.Count);
    }

    /// <summary>
    /// Writes <paramref name="catalog"/> as CSV, each heading just before its first indicator: UTF-8 without a byte
    /// order mark, LF line ends, text that a spreadsheet would run as a formula guarded by an apostrophe that
    /// <see cref="Read"/> removes. It reads back as the same catalog.
    /// </summary>
    /// <param name="catalog">The catalog to write.</param>
    /// <param name="destination">Where the bytes go; left open.</param>
    public static void Write(IndicatorCatalog catalog, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(destination);
        CatalogCsvWriter.Write(catalog, destination);
    }
}
