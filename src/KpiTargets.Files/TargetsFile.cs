using KpiTargets.Files.Output;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Targets;

namespace KpiTargets.Files;

/// <summary>
/// Writes 2024 targets as <c>kpi-targets assign</c> writes them, with the same writers: CSV, byte for byte the same for
/// the same assignments and options, or a workbook when the path ends in <c>.xlsx</c>; and reads them back as
/// <c>kpi-targets track</c> and <c>report</c> do.
/// </summary>
public static class TargetsFile
{
    /// <summary>
    /// Reads a targets file <c>kpi-targets assign</c> wrote (long or canonical layout, English or Vietnamese titles, CSV
    /// or a workbook) with the checks of <c>kpi-targets track</c>: a known code, the catalog's central target, numbers,
    /// a rule letter, one row per unit and indicator, and a record the rule could have written.
    /// </summary>
    /// <param name="path">The file: a workbook when it ends in <c>.xlsx</c>, CSV otherwise. Problems name it as given.</param>
    /// <param name="catalog">The catalog the targets were made with; <see cref="IndicatorCatalog.BinhSon2024"/> when <see langword="null"/>.</param>
    /// <param name="options">How to read the file and the language of problems; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The targets in file order and the problems with their lines; usable when <see cref="TargetsFileContents.IsValid"/>.</returns>
    public static TargetsFileContents Read(string path, IndicatorCatalog? catalog = null, ReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var problems = new ProblemLog();
        var targets = TargetsTable.Read(InputSource.FromFile(path), (options ?? ReadOptions.Default).ToInputOptions(), catalog ?? IndicatorCatalog.BinhSon2024, problems);
        return new TargetsFileContents(targets, [.. problems.Kept.Select(FileProblem.From)], problems.Count);
    }

    /// <summary>
    /// Writes <paramref name="assignments"/> to <paramref name="path"/>, all of them or nothing: the bytes go to a
    /// hidden temporary file beside it (<c>.kpi-targets-….tmp</c>), which replaces the file, keeping its permissions,
    /// only once every row is written. A failure (an exception from <paramref name="assignments"/> too) deletes the
    /// temporary file and leaves an existing file as it was. A symbolic link is written through; a device or named
    /// pipe is written into once every row is ready.
    /// </summary>
    /// <param name="path">The file to write: a workbook when it ends in <c>.xlsx</c>, CSV otherwise.</param>
    /// <param name="assignments">The assignments, in the order their rows are written (<see cref="TargetRule.AssignAll"/> gives them).</param>
    /// <param name="options">How to write them; <see cref="TargetsFileOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="path"/> and the reason.</exception>
    /// <exception cref="ArgumentException">In the wide layout, an assignment's indicator is not in <see cref="TargetsFileOptions.Catalog"/>.</exception>
    public static void Write(string path, IEnumerable<Assignment> assignments, TargetsFileOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(assignments);
        options ??= TargetsFileOptions.Default;
        var wide = options.Layout == TargetsFileLayout.Wide;
        using var sink = OutputSinks.OpenFile(path);
        var shape = new InputShape { HasCounts = options.CountsColumns };
        using (var layout = options.ToTargetsOutput(path).CreateLayout(options.Catalog, sink.Stream, writeHeader: true, shape))
        {
            foreach (var assignment in assignments)
            {
                ArgumentNullException.ThrowIfNull(assignment, nameof(assignments));
                if (wide && !options.Catalog.TryFind(assignment.Indicator.Code, out _))
                {
                    throw new ArgumentException(
                        $"The indicator '{assignment.Indicator.Code}' is not in the catalog '{options.Catalog.Name}' the wide layout's columns come from; set TargetsFileOptions.Catalog to the assignments' catalog.",
                        nameof(assignments));
                }

                layout.Add(assignment);
            }

            layout.Complete();
        }

        sink.Commit();
    }
}
