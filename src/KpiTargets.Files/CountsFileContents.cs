namespace KpiTargets.Files;

/// <summary>What <see cref="CountsFile.Read"/> found in a counts file: its rows with their rates, its problems and its warnings.</summary>
/// <remarks>
/// The file is valid when <see cref="ProblemCount"/> is 0: then <c>kpi-targets rates</c> and <c>assign</c> write a row
/// for every result. Otherwise they write nothing, and <see cref="Results"/> holds only the rows that passed their checks.
/// </remarks>
public sealed class CountsFileContents
{
    internal CountsFileContents(IReadOnlyList<CountedResult> results, IReadOnlyList<FileProblem> problems, long problemCount, IReadOnlyList<string> warnings)
    {
        Results = results;
        Problems = problems;
        ProblemCount = problemCount;
        Warnings = warnings;
    }

    /// <summary>Every row that passed every check, in file order, with its rate and counts.</summary>
    public IReadOnlyList<CountedResult> Results { get; }

    /// <summary>The problems, in file order, each with its line: the first 100, exactly as <c>kpi-targets validate</c> prints them.</summary>
    public IReadOnlyList<FileProblem> Problems { get; }

    /// <summary>How many problems the file has, including those past the first 100.</summary>
    public long ProblemCount { get; }

    /// <summary>Whether the file has no problem.</summary>
    public bool IsValid => ProblemCount == 0;

    /// <summary>Data that is valid but probably not what was meant, one line each, as <c>kpi-targets validate</c> prints it.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
