using KpiTargets.Files.Problems;
using KpiTargets.Files.Results;
using KpiTargets.Files.Targets;

namespace KpiTargets.Files.Jobs;

/// <summary>The rule and the writer of every <c>assign</c> run, over a whole file or a slice of one: each result is decided once.</summary>
internal static class AssignPipeline
{
    /// <summary>Decides each checked result and adds its assignment to <paramref name="layout"/>, until a problem is known.</summary>
    /// <returns>How many assignments were written.</returns>
    public static long Assign(IEnumerable<CheckedResult> results, TargetsLayout layout, AssignmentPolicy policy, ProblemLog problems)
    {
        var written = 0L;
        foreach (var result in results)
        {
            // Once a problem is known nothing will be written, so the rule and the writer are spared.
            if (!problems.HasProblems)
            {
                layout.Add(result.Assign(policy));
                written++;
            }
        }

        return written;
    }
}
