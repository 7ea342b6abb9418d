using System.Diagnostics.CodeAnalysis;

namespace KpiTargets.Files;

/// <summary>How a targets file is arranged (<c>kpi-targets assign --output-layout</c>).</summary>
public enum TargetsFileLayout
{
    /// <summary>
    /// One row per assignment, in order: the six canonical columns (unit, indicator, result_2023, central_target,
    /// target_2024, rule), then the reviewer's (indicator_name, capped, no_baseline, explanation).
    /// </summary>
    [SuppressMessage("Naming", "CA1720", Justification = "The layout's name, as in the README and --output-layout long; no type is meant.")]
    Long,

    /// <summary>The long layout's rows with the six canonical columns only: the lean form for other programs.</summary>
    Canonical,

    /// <summary>
    /// One row per unit, in order of first appearance, with a 2024 target column per indicator present (in the
    /// catalog's order, <see cref="TargetsFileOptions.Catalog"/>); a cell is empty where the indicator does not apply.
    /// </summary>
    Wide,
}
