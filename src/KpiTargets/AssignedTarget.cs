namespace KpiTargets;

/// <summary>
/// A unit's 2024 target as it was handed on: read back from a targets file, or taken from an <see cref="Assignment"/>.
/// What tracking and reporting start from.
/// </summary>
/// <remarks>
/// Immutable. The policy a target was made with (uplift, rounding, cap) is not recorded in a targets file, so the
/// target is not decided again here; the constructor checks instead what every policy keeps true, so a file edited
/// by hand or made with another catalog is told apart from one the rule wrote:
/// the target lies within the indicator's bounds and is never below its central target; clause a gives exactly the
/// central target and holds only a result below it, or none; clause b holds a result at or above it.
/// </remarks>
public sealed record AssignedTarget
{
    /// <summary>Creates a target as recorded and checks it against the rule.</summary>
    /// <param name="unit">The unit's name, exactly as given.</param>
    /// <param name="indicator">The indicator the target is for, whose central target the record was made against.</param>
    /// <param name="result2023">The unit's 2023 result, or <see langword="null"/> when it had none.</param>
    /// <param name="target2024">The target handed on.</param>
    /// <param name="clause">The clause recorded for it.</param>
    /// <param name="isCapped">Whether the target was lowered to the indicator's maximum (clause b only).</param>
    /// <exception cref="ArgumentException">The unit is empty, or the record contradicts the rule (the message says how).</exception>
    public AssignedTarget(string unit, Indicator indicator, decimal? result2023, decimal target2024, RuleClause clause, bool isCapped)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        Unit = Guard.NotBlank(unit, nameof(unit));
        Indicator = indicator;
        Result2023 = result2023;
        Target2024 = target2024;
        Clause = Guard.Defined(clause, nameof(clause));
        IsCapped = isCapped;
        if (Contradiction() is { } contradiction)
        {
            throw new ArgumentException(contradiction, nameof(target2024));
        }
    }

    /// <summary>The unit's name, exactly as given.</summary>
    public string Unit { get; }

    /// <summary>The indicator the target is for.</summary>
    public Indicator Indicator { get; }

    /// <summary>The unit's 2023 result, or <see langword="null"/> when it had none.</summary>
    public decimal? Result2023 { get; }

    /// <summary>The 2024 target.</summary>
    public decimal Target2024 { get; }

    /// <summary>The clause that set the target.</summary>
    public RuleClause Clause { get; }

    /// <summary>Whether the target was lowered to the indicator's maximum.</summary>
    public bool IsCapped { get; }

    /// <summary>The indicator's central target, the floor of every target.</summary>
    public decimal CentralTarget => Indicator.CentralTarget;

    /// <summary>Whether the unit had no 2023 result, so the central target applied by default.</summary>
    public bool HasNoBaseline => Result2023 is null;

    /// <summary>The target an assignment decided, as it is handed on.</summary>
    /// <param name="assignment">An assignment made by <see cref="TargetRule.Assign"/>.</param>
    /// <returns>The same unit, indicator, result, target, clause and cap.</returns>
    public static AssignedTarget From(Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return new(assignment.Unit, assignment.Indicator, assignment.Result2023, assignment.Target2024, assignment.Clause, assignment.IsCapped);
    }

    // What in the record no policy of the rule could have written; null when nothing.
    private string? Contradiction()
    {
        var central = Indicator.CentralTarget;
        string Text(decimal value) => DecimalText.Shortest(value);
        if (Result2023 is { } result && !Indicator.IsWithinBounds(result))
        {
            return $"The result {Text(result)} is outside the bounds of indicator {Indicator.Code} ({Text(Indicator.Minimum)} to {Text(Indicator.Maximum)}).";
        }

        if (!Indicator.IsWithinBounds(Target2024) || Target2024 < central)
        {
            return $"The target {Text(Target2024)} is outside what the rule gives for indicator {Indicator.Code} (central target {Text(central)} to {Text(Indicator.Maximum)}).";
        }

        return Clause switch
        {
            RuleClause.A when Result2023 >= central =>
                $"Clause a needs a result below the central target {Text(central)}, not {Text(Result2023.Value)}.",
            RuleClause.A when Target2024 != central =>
                $"Clause a gives the central target {Text(central)}, not {Text(Target2024)}.",
            RuleClause.A when IsCapped => "Only clause b can lower a target to the indicator's maximum.",
            RuleClause.B when Result2023 is null || Result2023 < central =>
                $"Clause b needs a result at or above the central target {Text(central)}.",
            RuleClause.B when IsCapped && Target2024 != Indicator.Maximum =>
                $"A capped target is the indicator's maximum {Text(Indicator.Maximum)}, not {Text(Target2024)}.",
            _ => null,
        };
    }
}
