namespace KpiTargets.Files;

/// <summary>What <see cref="ResultsFile.Read"/> found in a results file: its results, its problems and its warnings.</summary>
/// <remarks>
/// The file is valid when <see cref="ProblemCount"/> is 0: then <c>kpi-targets assign</c> writes a target for every
/// result. Otherwise <c>assign</c> writes nothing, and <see cref="Results"/> holds only the rows that passed their
/// checks before reading stopped (a broken header or a damaged file stops it).
/// </remarks>
public sealed class ResultsFileContents
{
    internal ResultsFileContents(IReadOnlyList<UnitResult> results, IReadOnlyList<FileProblem> problems, long problemCount, IReadOnlyList<string> warnings)
    {
        Results = results;
        Problems = problems;
        ProblemCount = problemCount;
        Warnings = warnings;
    }

    /// <summary>
    /// Every row that passed every check, in file order: the unit as written, the indicator's code as the catalog
    /// spells it, and the 2023 result (<see langword="null"/> for an empty cell, <c>N/A</c> or a dash).
    /// </summary>
    public IReadOnlyList<UnitResult> Results { get; }

    /// <summary>
    /// The problems, in file order, each with its line: the first 100 (<see cref="ProblemCount"/> says how many there
    /// were), exactly the lines <c>kpi-targets validate</c> prints for the file.
    /// </summary>
    public IReadOnlyList<FileProblem> Problems { get; }

    /// <summary>How many problems the file has, including those past the first 100 that <see cref="Problems"/> holds.</summary>
    public long ProblemCount { get; }

    /// <summary>Whether the file has no problem.</summary>
    public bool IsValid => ProblemCount == 0;

    /// <summary>
    /// Data that is valid but probably not what was meant, one line each, as <c>kpi-targets validate</c> prints it: a
    /// unit spelled two ways, an indicator whose results look like fractions. Warnings do not make a file invalid.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }
}
