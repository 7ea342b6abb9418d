using System.Runtime.CompilerServices;

namespace KpiTargets;

/// <summary>
/// The assignment rule of the appendix, section 1: each unit's 2024 target from its 2023 result.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>a) A result lower than the central target, or no result at all, gets the central target.</item>
/// <item>b) A result equal to or higher than the central target gets the result plus the uplift
/// (<see cref="AssignmentPolicy"/>), rounded, capped at the indicator's maximum, and never below the central target.</item>
/// </list>
/// Pure: the same arguments always give the same answer; no culture, clock or shared state is read.
/// </remarks>
public static class TargetRule
{
    /// <summary>Decides the 2024 target for one 2023 result, without allocating.</summary>
    /// <param name="indicator">The indicator the result is for.</param>
    /// <param name="result2023">The unit's 2023 result, or <see langword="null"/> when it has none.</param>
    /// <param name="policy">The open choices; <see cref="AssignmentPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>The target, its clause and the intermediate values.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the indicator's bounds.</exception>
    // Inlined into callers: a decision is a 56-byte value, and returning it from a call cost more than the integer
    // arithmetic that makes it (a realistic mix of results: 20 -> 10 ns a decision).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TargetDecision Decide(Indicator indicator, decimal? result2023, AssignmentPolicy? policy = null)
    {
        // Not written as TryDecide and a throw, nor with the decision without a result made in a method of its own:
        // each costs a copy of the 56-byte decision, and a mix of everyday results took 16 ns instead of 11.
        ArgumentNullException.ThrowIfNull(indicator);
        policy ??= AssignmentPolicy.Default;
        if (result2023 is not { } result)
        {
            return new(indicator.CentralTarget, RuleClause.A, 0m, 0m, IsCapped: false, IsRaisedToCentral: false, HasNoBaseline: true);
        }

        return ScaledIntegerRule.TryDecide(indicator, result, policy, out var decision)
            ? decision
            : DecideInDecimals(indicator, result, policy);
    }

    /// <summary>
    /// Decides the 2024 target for one 2023 result that may lie outside the indicator's bounds, as read from a file:
    /// <see cref="Decide"/>, giving <see langword="false"/> for a result outside the bounds. Checks the bounds for free
    /// when the rule runs in integers, which it does for everyday results.
    /// </summary>
    /// <param name="indicator">The indicator the result is for.</param>
    /// <param name="result2023">The unit's 2023 result, or <see langword="null"/> when it has none.</param>
    /// <param name="policy">The open choices; <see cref="AssignmentPolicy.Default"/> when <see langword="null"/>.</param>
    /// <param name="decision">The target, its clause and the intermediate values; <see langword="default"/> on <see langword="false"/>.</param>
    /// <returns><see langword="false"/> when the result is outside the indicator's bounds (<see cref="Indicator.IsWithinBounds"/>).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryDecide(Indicator indicator, decimal? result2023, AssignmentPolicy? policy, out TargetDecision decision)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        policy ??= AssignmentPolicy.Default;
        if (result2023 is not { } result)
        {
            decision = new(indicator.CentralTarget, RuleClause.A, 0m, 0m, IsCapped: false, IsRaisedToCentral: false, HasNoBaseline: true);
            return true;
        }

        if (ScaledIntegerRule.TryDecide(indicator, result, policy, out decision))
        {
            return true;
        }

        // The integer form declines an out-of-bounds result too, so the bounds are checked only here.
        if (!indicator.IsWithinBounds(result))
        {
            decision = default;
            return false;
        }

        decision = DecideInDecimals(indicator, result, policy);
        return true;
    }

    // The rule in decimal arithmetic, for every result; ScaledIntegerRule gives the same decisions faster for the
    // everyday ones, and the tests hold the two to each other.
    internal static TargetDecision DecideInDecimals(Indicator indicator, decimal result2023, AssignmentPolicy policy)
    {
        var central = indicator.CentralTarget;
        var result = Guard.InRange(result2023, indicator.Minimum, indicator.Maximum, nameof(result2023));
        if (result < central)
        {
            return new(central, RuleClause.A, 0m, 0m, IsCapped: false, IsRaisedToCentral: false, HasNoBaseline: false);
        }

        var raised = policy.Mode == UpliftMode.Points
            ? result + policy.Uplift
            : result * policy.RelativeFactor;
        var rounded = decimal.Round(raised, policy.Decimals, policy.Rounding);
        var isCapped = policy.CapAtMaximum && rounded > indicator.Maximum;
        var capped = isCapped ? indicator.Maximum : rounded;
        var isRaisedToCentral = capped < central;
        var target = isRaisedToCentral ? central : capped;
        return new(target, RuleClause.B, raised, rounded, isCapped, isRaisedToCentral, HasNoBaseline: false);
    }

    /// <summary>Assigns the 2024 target for one unit's 2023 result on one indicator.</summary>
    /// <param name="unit">The unit's name, kept exactly as given.</param>
    /// <param name="indicator">The indicator the result is for.</param>
    /// <param name="result2023">The unit's 2023 result, or <see langword="null"/> when it has none.</param>
    /// <param name="policy">The open choices; <see cref="AssignmentPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>The assignment, with the arithmetic explained.</returns>
    /// <exception cref="ArgumentException">The unit is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the indicator's bounds.</exception>
    public static Assignment Assign(string unit, Indicator indicator, decimal? result2023, AssignmentPolicy? policy = null)
    {
        Guard.NotBlank(unit, nameof(unit));
        policy ??= AssignmentPolicy.Default;
        return new(unit, indicator, result2023, policy, Decide(indicator, result2023, policy));
    }

    /// <summary>
    /// Assigns targets to a sequence of results lazily and in order: each result is read only when its
    /// assignment is asked for, so a sequence of any length streams through in constant memory.
    /// </summary>
    /// <param name="results">The 2023 results; each names its indicator by code.</param>
    /// <param name="catalog">Where indicator codes are looked up.</param>
    /// <param name="policy">The open choices; <see cref="AssignmentPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>One assignment per result, in the same order.</returns>
    /// <exception cref="KeyNotFoundException">While enumerating: a result names a code the catalog lacks.</exception>
    /// <exception cref="ArgumentException">While enumerating: a unit is empty, or a result is out of bounds.</exception>
    public static IEnumerable<Assignment> AssignAll(
        IEnumerable<UnitResult> results,
        IndicatorCatalog catalog,
        AssignmentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(catalog);
        return AssignLazily(results, catalog, policy ?? AssignmentPolicy.Default);
    }

    // Split from AssignAll so argument errors surface at the call, not at the first MoveNext.
    private static IEnumerable<Assignment> AssignLazily(IEnumerable<UnitResult> results, IndicatorCatalog catalog, AssignmentPolicy policy)
    {
        foreach (var result in results)
        {
            yield return Assign(result.Unit, catalog.Find(result.IndicatorCode), result.Result2023, policy);
        }
    }
}
