namespace KpiTargets.Files;

/// <summary>What <see cref="TargetsFile.Read"/> found in a targets file: its targets and its problems.</summary>
public sealed class TargetsFileContents
{
    internal TargetsFileContents(IReadOnlyList<AssignedTarget> targets, IReadOnlyList<FileProblem> problems, long problemCount)
    {
        Targets = targets;
        Problems = problems;
        ProblemCount = problemCount;
    }

    /// <summary>The rows that passed every check, in file order, as targets handed on.</summary>
    public IReadOnlyList<AssignedTarget> Targets { get; }

    /// <summary>
    /// The problems, in file order, each with its line: the first 100 (<see cref="ProblemCount"/> says how many there
    /// were), the lines <c>kpi-targets track</c> prints for the file.
    /// </summary>
    public IReadOnlyList<FileProblem> Problems { get; }

    /// <summary>How many problems the file has, including those past the first 100 that <see cref="Problems"/> holds.</summary>
    public long ProblemCount { get; }

    /// <summary>Whether the file has no problem: then its targets can be tracked.</summary>
    public bool IsValid => ProblemCount == 0;
}
