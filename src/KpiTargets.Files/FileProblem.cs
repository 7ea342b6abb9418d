using KpiTargets.Files.Problems;

namespace KpiTargets.Files;

/// <summary>A problem found in a file, at the line where the record with the problem starts.</summary>
/// <param name="File">The file, named as it was given to the reader.</param>
/// <param name="Line">The physical line (1-based) where the record starts; in a workbook, the worksheet's row number.</param>
/// <param name="Message">What is wrong and, where it helps, how to fix it: the message <c>kpi-targets validate</c> prints.</param>
public sealed record FileProblem(string File, long Line, string Message)
{
    /// <summary>Formats as <c>file:line: message</c>, the line <c>kpi-targets</c> prints, which editors and CI logs can jump to.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";

    internal static FileProblem From(InputProblem problem) => new(problem.File, problem.Line, problem.Message);
}
