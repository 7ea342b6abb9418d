namespace KpiTargets.Files;

/// <summary>What <see cref="CatalogFile.Read"/> found in a catalog file: the catalog, or the problems that keep it from being one.</summary>
public sealed class CatalogFileContents
{
    internal CatalogFileContents(IndicatorCatalog? catalog, IReadOnlyList<FileProblem> problems, long problemCount)
    {
        Catalog = catalog;
        Problems = problems;
        ProblemCount = problemCount;
    }

    /// <summary>The catalog, named after the file; <see langword="null"/> when the file has any problem.</summary>
    public IndicatorCatalog? Catalog { get; }

    /// <summary>
    /// The problems, in file order, each with its line: the first 100 (<see cref="ProblemCount"/> says how many there
    /// were), exactly the lines <c>kpi-targets</c> prints for the file given with <c>--catalog</c>.
    /// </summary>
    public IReadOnlyList<FileProblem> Problems { get; }

    /// <summary>How many problems the file has, including those past the first 100 that <see cref="Problems"/> holds.</summary>
    public long ProblemCount { get; }
}
