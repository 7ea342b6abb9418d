namespace KpiTargets.Files;

/// <summary>What <see cref="ActualsFile.Compare"/> found: each target's progress, the problems and the warnings.</summary>
public sealed class ActualsFileContents
{
    internal ActualsFileContents(IReadOnlyList<TargetProgress> progress, IReadOnlyList<FileProblem> problems, long problemCount, IReadOnlyList<string> warnings)
    {
        Progress = progress;
        Problems = problems;
        ProblemCount = problemCount;
        Warnings = warnings;
    }

    /// <summary>One entry per target, in the targets' order; meaningful only when <see cref="IsValid"/>.</summary>
    public IReadOnlyList<TargetProgress> Progress { get; }

    /// <summary>The problems, in file order, each with its line: the first 100, as <c>kpi-targets track</c> prints them.</summary>
    public IReadOnlyList<FileProblem> Problems { get; }

    /// <summary>How many problems the file has, including those past the first 100 that <see cref="Problems"/> holds.</summary>
    public long ProblemCount { get; }

    /// <summary>Whether the actuals have no problem.</summary>
    public bool IsValid => ProblemCount == 0;

    /// <summary>Data that is valid but probably not what was meant (a unit spelled two ways, values that look like fractions).</summary>
    public IReadOnlyList<string> Warnings { get; }
}
