using System.Diagnostics.CodeAnalysis;

namespace KpiTargets.Files;

/// <summary>How a results table is laid out.</summary>
public enum ResultsLayout
{
    /// <summary>Detected from the header: an indicator column means long, indicator codes as column titles mean wide.</summary>
    Auto,

    /// <summary>One row per unit and indicator: the columns unit, indicator and result_2023.</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "The layout's name, as in the README and --layout long; no type is meant.")]
    Long,

    /// <summary>One row per unit and one column per indicator code; an empty cell means the indicator does not apply.</summary>
    Wide,
}
