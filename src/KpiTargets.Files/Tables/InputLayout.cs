namespace KpiTargets.Files.Tables;

/// <summary>How a results table is laid out.</summary>
internal enum InputLayout
{
    /// <summary>Detected from the header: an indicator column means long, indicator codes as column titles mean wide.</summary>
    Auto,

    /// <summary>One row per unit and indicator: columns unit, indicator, result_2023.</summary>
    Long,

    /// <summary>One row per unit, one column per indicator code; an empty cell means the indicator does not apply.</summary>
    Wide,
}
