namespace KpiTargets.Files.Tracking;

/// <summary>How <c>track</c> arranges its main table.</summary>
internal enum TrackLayoutKind
{
    /// <summary>One row per target, in the targets' order.</summary>
    Long,

    /// <summary>One row per unit, with a target, an actual and a status column per indicator.</summary>
    Wide,
}
