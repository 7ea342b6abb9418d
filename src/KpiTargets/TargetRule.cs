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
    /// <summary>Decides the 2024 target for one 2023 result.</summary>
    /// <param name="indicator">The indicator the result is for.</param>
    /// <param name="result2023">The unit's 2023 result, or <see langword="null"/> when it has none.</param>
    /// <param name="policy">The open choices; <see cref="AssignmentPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>The target, its clause and the intermediate values.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The result is outside the indicator's bounds; check a result read from a file with
    /// <see cref="Indicator.IsWithinBounds"/> first.
    /// </exception>
    public static TargetDecision Decide(Indicator indicator, decimal? result2023, AssignmentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        policy ??= AssignmentPolicy.Default;
        var central = indicator.CentralTarget;

        // No 2023 result (a new unit, no data): the central target, flagged as such.
        if (result2023 is not { } result)
        {
            return new(central, RuleClause.A, 0m, 0m, IsCapped: false, IsRaisedToCentral: false, HasNoBaseline: true);
        }

        if (!indicator.IsWithinBounds(result))
        {
            throw new ArgumentOutOfRangeException(nameof(result2023), result, indicator.OutOfBounds("result", result));
        }

        // a) "nhỏ hơn": a result lower than the central target gets the central target.
        if (result < central)
        {
            return new(central, RuleClause.A, 0m, 0m, IsCapped: false, IsRaisedToCentral: false, HasNoBaseline: false);
        }

        // b) "bằng hoặc lớn hơn": the result "tăng thêm 10%", read as the policy says (relative or points), rounded to
        // the policy's decimals, capped at the maximum a share can reach, and never below the central target.
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

        // Decided once: the assignment and its explanation are both read from this decision.
        var decision = Decide(indicator, result2023, policy);
        return new(unit, indicator, result2023, policy, decision);
    }

    /// <summary>
    /// Assigns the 2024 target for one unit's counts on one indicator: their rate, computed and rounded once as it is
    /// reported (<see cref="RateCounts.Rate"/>), is the 2023 result the rule decides from; a denominator of 0 means no
    /// result. The explanation starts from the counts: <c>a) 12/40 = 30 &lt; central 45: the central target 45</c>.
    /// </summary>
    /// <param name="unit">The unit's name, kept exactly as given.</param>
    /// <param name="indicator">The indicator the counts are for.</param>
    /// <param name="counts">The numerator and denominator, with their rate.</param>
    /// <param name="policy">The open choices; <see cref="AssignmentPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>The assignment, with <see cref="Assignment.Counts"/> set and the arithmetic explained from them.</returns>
    /// <exception cref="ArgumentException">The unit is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rate is outside the indicator's bounds (a custom catalog's narrower ones).</exception>
    public static Assignment AssignFromCounts(string unit, Indicator indicator, RateCounts counts, AssignmentPolicy? policy = null)
    {
        Guard.NotBlank(unit, nameof(unit));
        ArgumentNullException.ThrowIfNull(counts);
        policy ??= AssignmentPolicy.Default;
        var decision = Decide(indicator, counts.Rate, policy);
        return new(unit, indicator, counts.Rate, policy, decision, counts);
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

    /// <summary>
    /// <see cref="AssignAll"/>, collecting problems instead
    /// of throwing in the middle of the sequence: a result that cannot be assigned (an empty unit, a code the catalog
    /// lacks or a heading's, a result outside its indicator's bounds) gives no assignment and an
    /// <see cref="AssignmentProblem"/> in <paramref name="problems"/>, and the rest go on.
    /// </summary>
    /// <param name="results">The 2023 results; each names its indicator by code.</param>
    /// <param name="catalog">Where indicator codes are looked up.</param>
    /// <param name="problems">Where each result that could not be assigned goes, in order, as the sequence is read.</param>
    /// <param name="policy">The open choices; <see cref="AssignmentPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>One assignment per result without a problem, in the same order.</returns>
    public static IEnumerable<Assignment> AssignValid(
        IEnumerable<UnitResult> results,
        IndicatorCatalog catalog,
        ICollection<AssignmentProblem> problems,
        AssignmentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(problems);
        return AssignLazily(results, catalog, policy ?? AssignmentPolicy.Default, problems);
    }

    // Split from AssignAll so argument errors surface at the call, not at the first MoveNext. Without a collection of
    // problems, the first one throws.
    private static IEnumerable<Assignment> AssignLazily(
        IEnumerable<UnitResult> results, IndicatorCatalog catalog, AssignmentPolicy policy, ICollection<AssignmentProblem>? problems = null)
    {
        var index = 0L;
        foreach (var result in results)
        {
            var problem = problems is null ? null : ProblemOf(result, catalog);
            if (problem is null)
            {
                yield return Assign(result.Unit, catalog.Find(result.IndicatorCode), result.Result2023, policy);
            }
            else
            {
                problems!.Add(new AssignmentProblem(index, result, problem));
            }

            index++;
        }
    }

    // What keeps a result from being assigned, said as the exceptions of Assign and Find say it; null when nothing does.
    private static string? ProblemOf(UnitResult result, IndicatorCatalog catalog)
    {
        if (string.IsNullOrWhiteSpace(result.Unit))
        {
            return "The unit is empty.";
        }

        if (!catalog.TryFind(result.IndicatorCode ?? "", out var indicator))
        {
            return catalog.NotFound(result.IndicatorCode ?? "");
        }

        return result.Result2023 is { } value && !indicator.IsWithinBounds(value) ? indicator.OutOfBounds("result", value) : null;
    }
}
