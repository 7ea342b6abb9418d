namespace KpiTargets;

/// <summary>
/// One unit's 2024 target on one indicator, with the facts a reviewer checks: the 2023 result, the central
/// target, the clause, whether the cap applied, and the arithmetic in one line.
/// </summary>
/// <remarks>Created by <see cref="TargetRule.Assign"/>; immutable; equal when unit, indicator, result, policy and decision are.</remarks>
public sealed record Assignment
{
    internal Assignment(string unit, Indicator indicator, decimal? result2023, AssignmentPolicy policy, TargetDecision decision, RateCounts? counts = null)
    {
        Counts = counts;
        Unit = unit;
        Indicator = indicator;
        Result2023 = result2023;
        Policy = policy;
        Decision = decision;
    }

    /// <summary>The unit's name, exactly as given.</summary>
    public string Unit { get; }

    /// <summary>The indicator the target is for.</summary>
    public Indicator Indicator { get; }

    /// <summary>
    /// The unit's 2023 result, or <see langword="null"/> when it had none; for an assignment made from counts, their
    /// rate as it is reported (<see cref="RateCounts.Rate"/>).
    /// </summary>
    public decimal? Result2023 { get; }

    /// <summary>
    /// The counts the 2023 result was computed from (<see cref="TargetRule.AssignFromCounts"/>), or
    /// <see langword="null"/> when the result was given as it is.
    /// </summary>
    public RateCounts? Counts { get; }

    /// <summary>The policy the target was computed with.</summary>
    public AssignmentPolicy Policy { get; }

    /// <summary>The rule's decision, with its intermediate values.</summary>
    public TargetDecision Decision { get; }

    /// <summary>The indicator's central target, the floor of every target.</summary>
    public decimal CentralTarget => Indicator.CentralTarget;

    /// <summary>The 2024 target.</summary>
    public decimal Target2024 => Decision.Target;

    /// <summary>The clause that set the target: <see cref="RuleClause.A"/> or <see cref="RuleClause.B"/>.</summary>
    public RuleClause Clause => Decision.Clause;

    /// <summary>Whether the computed target was lowered to the indicator's maximum.</summary>
    public bool IsCapped => Decision.IsCapped;

    /// <summary>Whether the unit had no 2023 result, so the central target applied by default.</summary>
    public bool HasNoBaseline => Decision.HasNoBaseline;

    /// <summary>
    /// The arithmetic in one line a reviewer can check by hand, for example
    /// <c>b) 45.15 ≥ central 45: 45.15 × 1.1 = 49.665, rounded to 2 decimals = 49.67</c>; from counts it starts from
    /// them: <c>a) 12/40 = 30 &lt; central 45: the central target 45</c> (<c>≈</c> where the rate is rounded).
    /// Built on each call, so assigning costs nothing until it is read.
    /// </summary>
    public string Explanation => ExplainIn(ExplanationLanguage.English);

    /// <summary>
    /// <see cref="Explanation"/> in <paramref name="language"/>, for example in Vietnamese
    /// <c>b) 45.15 ≥ chỉ tiêu TW 45: 45.15 × 1.1 = 49.665, làm tròn 2 chữ số thập phân = 49.67</c>.
    /// </summary>
    /// <param name="language">English or Vietnamese.</param>
    /// <returns>One line; numbers in invariant culture and shortest form in every language.</returns>
    public string ExplainIn(ExplanationLanguage language) =>
        AssignmentExplanation.Describe(Result2023, Counts, Indicator, Policy, Decision, language);
}
