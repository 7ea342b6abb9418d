using KpiTargets.Files.Problems;
using KpiTargets.Files.Results;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files;

/// <summary>
/// Reads a file of 2023 results, CSV or a workbook (a path ending in <c>.xlsx</c>), in the long or wide layout, into
/// the domain's <see cref="UnitResult"/>s, with the checks and messages of <c>kpi-targets validate</c>: a unit, a known
/// indicator code, a number within the indicator's bounds or a marked absence, no second row for a unit and indicator.
/// A counts file reads too, each result the rate of its counts (<see cref="CountsFile"/> keeps the counts as well).
/// </summary>
/// <remarks>
/// Files that cannot be opened throw as <see cref="File.OpenRead"/> does (<see cref="FileNotFoundException"/>,
/// <see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>); anything wrong inside a file is a
/// <see cref="FileProblem"/>.
/// </remarks>
public static class ResultsFile
{
    /// <summary>Reads and checks the whole file.</summary>
    /// <param name="path">The file: a workbook when it ends in <c>.xlsx</c>, CSV otherwise. Problems name it as given.</param>
    /// <param name="catalog">The indicators the codes name; <see cref="IndicatorCatalog.BinhSon2024"/> when <see langword="null"/>.</param>
    /// <param name="options">How to read the file; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The results that passed every check, the problems with their lines, and the warnings.</returns>
    public static ResultsFileContents Read(string path, IndicatorCatalog? catalog = null, ReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var problems = new ProblemLog();
        var checker = Checker(path, catalog, options, problems, out var results);
        List<UnitResult> read = [.. results.Select(ToUnitResult)];
        return new ResultsFileContents(read, [.. problems.Kept.Select(FileProblem.From)], problems.Count, [.. checker.Warnings()]);
    }

    /// <summary>
    /// Reads and checks the file one row at a time, as it is enumerated: memory stays flat however long the file. Each
    /// problem goes to <paramref name="problems"/> as it is found, every one of them, in file order.
    /// </summary>
    /// <param name="path">The file: a workbook when it ends in <c>.xlsx</c>, CSV otherwise. Problems name it as given.</param>
    /// <param name="problems">Receives every problem; the file is valid when none came once the enumeration ended.</param>
    /// <param name="catalog">The indicators the codes name; <see cref="IndicatorCatalog.BinhSon2024"/> when <see langword="null"/>.</param>
    /// <param name="options">How to read the file; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The results that pass every check, in file order. Warnings need the whole file: <see cref="Read"/> gives them.</returns>
    public static IEnumerable<UnitResult> ReadEach(string path, ICollection<FileProblem> problems, IndicatorCatalog? catalog = null, ReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(problems);
        return Each(path, problems, catalog, options);
    }

    private static IEnumerable<UnitResult> Each(string path, ICollection<FileProblem> problems, IndicatorCatalog? catalog, ReadOptions? options)
    {
        Checker(path, catalog, options, new ProblemLog(problem => problems.Add(FileProblem.From(problem))), out var results);
        foreach (var result in results)
        {
            yield return ToUnitResult(result);
        }
    }

    // The pipeline of kpi-targets validate and assign over a file: its records, laid out as rows, checked. CountsFile
    // reads through it too.
    internal static ResultChecker Checker(string path, IndicatorCatalog? catalog, ReadOptions? options, ProblemLog problems, out IEnumerable<CheckedResult> results)
    {
        catalog ??= IndicatorCatalog.BinhSon2024;
        var input = (options ?? ReadOptions.Default).ToInputOptions();
        var source = InputSource.FromFile(path);
        var checker = new ResultChecker(catalog, source.DisplayName, problems, input.Messages, input.RateDecimals);
        results = checker.Check(ResultsTable.Read(source, input, catalog, problems));
        return checker;
    }

    private static UnitResult ToUnitResult(CheckedResult result) => new(result.Unit, result.Indicator.Code, result.Result2023);
}
