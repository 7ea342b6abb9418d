using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Input;

/// <summary>The reading half of every results command: rows read, then checked; only rows without problems come out.</summary>
internal static class CheckedResults
{
    public static IEnumerable<CheckedResult> Read(InputSource source, IndicatorCatalog catalog, ProblemLog problems)
    {
        var checker = new ResultChecker(catalog, source.DisplayName, problems);
        foreach (var row in ResultsCsvReader.Read(source, problems))
        {
            if (checker.TryCheck(row, out var result))
            {
                yield return result;
            }
        }
    }
}
