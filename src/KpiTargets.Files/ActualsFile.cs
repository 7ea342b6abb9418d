using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Tracking;

namespace KpiTargets.Files;

/// <summary>
/// Sets a period's actuals, read from a file, against targets, as <c>kpi-targets track</c> does: every shape
/// <c>assign</c> reads (long or wide, counts, office sheets, CSV or a workbook), the actual column titled
/// <c>actual</c>, <c>result</c>, <c>result_2024</c>, <c>Kết quả</c>, <c>Kết quả 2024</c> or <c>Thực hiện</c>, and
/// its checks. <see cref="ProgressSummary"/> sums the result up.
/// </summary>
public static class ActualsFile
{
    /// <summary>Reads the actuals and gives each target its progress.</summary>
    /// <param name="targets">The targets, as <see cref="TargetsFile.Read"/> gives them or <see cref="AssignedTarget.From"/> makes them.</param>
    /// <param name="path">The actuals: a workbook when it ends in <c>.xlsx</c>, CSV otherwise. Problems name it as given.</param>
    /// <param name="catalog">The catalog of the targets; <see cref="IndicatorCatalog.BinhSon2024"/> when <see langword="null"/>.</param>
    /// <param name="options">How to read the file and the language of problems; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>
    /// One <see cref="TargetProgress"/> per target, in the targets' order (a target without an actual has none, never 0),
    /// the problems with their lines (an actual without a target, not a number, out of bounds, a second one), and the
    /// warnings; the progress is meaningful only when <see cref="ActualsFileContents.IsValid"/>.
    /// </returns>
    public static ActualsFileContents Compare(IReadOnlyList<AssignedTarget> targets, string path, IndicatorCatalog? catalog = null, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var problems = new ProblemLog();
        var warnings = new List<string>();
        var progress = TrackPipeline.Compare(targets, InputSource.FromFile(path), (options ?? ReadOptions.Default).ToInputOptions(), catalog ?? IndicatorCatalog.BinhSon2024, problems, warnings);
        return new ActualsFileContents(progress, [.. problems.Kept.Select(FileProblem.From)], problems.Count, warnings);
    }
}
