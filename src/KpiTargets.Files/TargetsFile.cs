using KpiTargets.Files.Output;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files;

/// <summary>
/// Writes 2024 targets as <c>kpi-targets assign</c> writes them, with the same writers: CSV, byte for byte the same for
/// the same assignments and options, or a workbook when the path ends in <c>.xlsx</c>.
/// </summary>
public static class TargetsFile
{
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
