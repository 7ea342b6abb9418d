using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Input;

/// <summary>The reading half of every results command: rows read in any accepted shape, then checked; only rows without problems come out.</summary>
internal static class CheckedResults
{
    public static IEnumerable<CheckedResult> Read(InputSource source, InputOptions options, IndicatorCatalog catalog, ProblemLog problems)
    {
        var checker = new ResultChecker(catalog, source.DisplayName, problems, options.Messages);
        foreach (var row in ResultsTable.Read(source, options, catalog, problems))
        {
            if (checker.TryCheck(row, out var result))
            {
                yield return result;
            }
        }
    }
}
