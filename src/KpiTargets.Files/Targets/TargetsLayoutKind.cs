namespace KpiTargets.Files.Targets;

/// <summary>How <c>assign</c> arranges its output table.</summary>
internal enum TargetsLayoutKind
{
    /// <summary>One row per result: the six canonical columns, then the reviewer's columns.</summary>
    Long,

    /// <summary>One row per result with the six canonical columns only: the lean form for other programs.</summary>
    Canonical,

    /// <summary>One row per unit with a target column per indicator.</summary>
    Wide,
}
