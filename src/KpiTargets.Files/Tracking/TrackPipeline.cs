using KpiTargets.Files.Problems;
using KpiTargets.Files.Results;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Tracking;

/// <summary>
/// Sets a period's actuals against the targets handed on: the actuals stream through the reader and the checks of
/// <c>assign</c> (<see cref="ResultsTable"/>, <see cref="ResultChecker"/>: every shape, a known code, a number within
/// the bounds or a marked absence, no duplicate), and each checked actual is matched to its target by unit (compared as
/// <c>assign</c> compares them, <see cref="UnitNameComparer"/>) and indicator.
/// </summary>
/// <remarks>
/// Memory grows with the targets (units × indicators), never with the actuals' rows. Actuals given as counts
/// (numerator and denominator, long or wide, as <c>rates</c> reads them) arrive already checked and turned into their
/// rate by <see cref="ResultChecker"/>, rounded to <c>--rate-decimals</c>: the actual is that rate.
/// </remarks>
internal static class TrackPipeline
{
    /// <summary>Each target with its actual, in the targets' order; a target without an actual has none, never 0.</summary>
    /// <param name="targets">The targets, as <c>TargetsTable.Read</c> gave them.</param>
    /// <param name="actuals">The period's actuals: long (unit, indicator, actual) or wide (a column per code), CSV or a workbook.</param>
    /// <param name="options">How to read the actuals; the long layout's value column is <see cref="ActualColumns.Actual"/>.</param>
    /// <param name="catalog">The catalog of the targets.</param>
    /// <param name="problems">Receives every problem of the actuals, with its line.</param>
    /// <param name="warnings">Receives the checks' warnings (a unit spelled two ways, values that look like fractions); none when <see langword="null"/>.</param>
    /// <param name="extent">Where the actuals' worksheet, header, table and footer rows are recorded, for <c>--verbose</c>.</param>
    /// <returns>One entry per target; meaningful only when no problem was added.</returns>
    public static IReadOnlyList<TargetProgress> Compare(
        IReadOnlyList<AssignedTarget> targets,
        InputSource actuals,
        InputOptions options,
        IndicatorCatalog catalog,
        ProblemLog problems,
        ICollection<string>? warnings = null,
        TableExtent? extent = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var index = new TargetIndex(targets, catalog);
        var values = new decimal?[targets.Count];
        var readOptions = options with { ResultColumn = ActualColumns.Actual };
        var checker = new ResultChecker(catalog, actuals.DisplayName, problems, options.Messages, options.RateDecimals, readsActuals: true);
        // Each checked row's result is its actual: a rate when the row gave counts, none for an empty cell, N/A or a zero
        // denominator.
        foreach (var row in checker.Check(ResultsTable.Read(actuals, readOptions, catalog, problems, extent: extent)))
        {
            if (index.Find(row.Unit, row.Indicator) is { } found)
            {
                values[found] = row.Result2023;
            }
            else if (row.Result2023 is not null)
            {
                // An empty cell or N/A where there is no target says nothing that could be lost: only a value is.
                problems.Add(actuals.DisplayName, row.Line, options.Messages.ActualWithoutTarget(row.Unit.Trim(), row.Indicator.Code));
            }
        }

        if (warnings is not null && !options.Quiet)
        {
            foreach (var warning in checker.Warnings())
            {
                warnings.Add(warning);
            }
        }

        return [.. targets.Select((target, i) => new TargetProgress(target, values[i]))];
    }
}
