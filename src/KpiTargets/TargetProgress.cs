namespace KpiTargets;

/// <summary>One unit's actual for a period set against its 2024 target on one indicator.</summary>
/// <remarks>Immutable; the gap and the status are read from the target and the actual, never stored apart from them.</remarks>
public sealed record TargetProgress
{
    /// <summary>Sets an actual against a target.</summary>
    /// <param name="target">The target handed on.</param>
    /// <param name="actual">The period's actual, or <see langword="null"/> when there is none.</param>
    /// <exception cref="ArgumentOutOfRangeException">The actual is outside the indicator's bounds.</exception>
    public TargetProgress(AssignedTarget target, decimal? actual)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (actual is { } value && !target.Indicator.IsWithinBounds(value))
        {
            throw new ArgumentOutOfRangeException(nameof(actual), value, target.Indicator.OutOfBounds("actual", value));
        }

        Target = target;
        Actual = actual;
    }

    /// <summary>The target the actual is measured against.</summary>
    public AssignedTarget Target { get; }

    /// <summary>The period's actual, or <see langword="null"/> when there is none.</summary>
    public decimal? Actual { get; }

    /// <summary>Actual minus target (negative when behind, 0 when equal), or <see langword="null"/> without an actual.</summary>
    public decimal? Gap => Actual - Target.Target2024;

    /// <summary><see cref="ProgressStatus.Met"/> when the actual reaches the target, <see cref="ProgressStatus.Behind"/> below it, <see cref="ProgressStatus.NoData"/> without one.</summary>
    public ProgressStatus Status => Actual switch
    {
        null => ProgressStatus.NoData,
        { } actual when actual >= Target.Target2024 => ProgressStatus.Met,
        _ => ProgressStatus.Behind,
    };
}
