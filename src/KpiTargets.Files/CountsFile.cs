using KpiTargets.Files.Problems;

namespace KpiTargets.Files;

/// <summary>
/// Reads a file of 2023 counts, CSV or a workbook (a path ending in <c>.xlsx</c>), as <c>kpi-targets rates</c> reads
/// it: the long layout (unit, indicator, numerator, denominator) or the wide one (a pair of columns per indicator, such as
/// <c>CT1 tử số</c>, <c>CT1 mẫu số</c>), each row's rate computed once, with every problem of <c>kpi-targets validate</c>:
/// whole, non-negative counts, the numerator not above the denominator, both counts or neither, and the checks of
/// every results file. A results file reads too, its rows without counts.
/// </summary>
/// <remarks>
/// Files that cannot be opened throw as <see cref="File.OpenRead"/> does; anything wrong inside a file is a
/// <see cref="FileProblem"/>.
/// </remarks>
public static class CountsFile
{
    /// <summary>Reads and checks the whole file.</summary>
    /// <param name="path">The file: a workbook when it ends in <c>.xlsx</c>, CSV otherwise. Problems name it as given.</param>
    /// <param name="catalog">The indicators the codes name; <see cref="IndicatorCatalog.BinhSon2024"/> when <see langword="null"/>.</param>
    /// <param name="options">How to read the file and how many decimals a rate keeps; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The rows that passed every check, with their rates and counts, the problems with their lines, and the warnings.</returns>
    public static CountsFileContents Read(string path, IndicatorCatalog? catalog = null, ReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var problems = new ProblemLog();
        var checker = ResultsFile.Checker(path, catalog, options, problems, out var results);
        List<CountedResult> read = [.. results.Select(result => new CountedResult(result.Unit, result.Indicator.Code, result.Result2023, result.Counts))];
        return new CountsFileContents(read, [.. problems.Kept.Select(FileProblem.From)], problems.Count, [.. checker.Warnings()]);
    }
}
