using CsCheck;

namespace KpiTargets.Tests;

/// <summary>The rule's promises over every catalog indicator, every policy and every 2-decimal result.</summary>
public sealed class PropertyTests
{
    private static readonly Gen<Indicator> Indicators =
        Gen.Int[0, IndicatorCatalog.BinhSon2024.Indicators.Count - 1].Select(i => IndicatorCatalog.BinhSon2024.Indicators[i]);

    // Gen.Decimal[0m, 100m] rarely hits values with few places, such as the central targets themselves.
    private static readonly Gen<decimal> Results = Gen.Int[0, 10000].Select(i => i / 100m);

    private static readonly Gen<decimal?> MaybeResults =
        Gen.Select(Gen.Int[0, 9], Results, (dice, result) => dice == 0 ? (decimal?)null : result);

    private static readonly MidpointRounding[] Roundings = [MidpointRounding.AwayFromZero, MidpointRounding.ToEven];

    private static readonly Gen<AssignmentPolicy> Policies = Gen.Select(
        Gen.Int[0, 100],
        Gen.Bool,
        Gen.Int[0, 4],
        Gen.Int[0, Roundings.Length - 1],
        Gen.Bool,
        (halfSteps, points, decimals, rounding, cap) => new AssignmentPolicy
        {
            Uplift = halfSteps / 2m,
            Mode = points ? UpliftMode.Points : UpliftMode.Relative,
            Decimals = decimals,
            Rounding = Roundings[rounding],
            CapAtMaximum = cap,
        });

    private static readonly Gen<(Indicator Indicator, decimal? Result, AssignmentPolicy Policy)> Cases =
        Gen.Select(Indicators, MaybeResults, Policies);

    [Fact]   // "không thấp hơn chỉ tiêu chung": never below the central target
    public void The_target_is_never_below_the_central_target() =>
        Cases.Sample((indicator, result, policy) =>
            TargetRule.Decide(indicator, result, policy).Target >= indicator.CentralTarget);

    [Fact]   // a share above 100 % cannot be reached
    public void With_the_cap_the_target_is_never_above_the_maximum() =>
        Cases.Sample((indicator, result, policy) =>
            TargetRule.Decide(indicator, result, policy with { CapAtMaximum = true }).Target <= indicator.Maximum);

    [Fact]   // a) "nhỏ hơn" or missing; b) "bằng hoặc lớn hơn"
    public void Clause_a_applies_exactly_when_the_result_is_missing_or_below_the_central_target() =>
        Cases.Sample((indicator, result, policy) =>
        {
            var decision = TargetRule.Decide(indicator, result, policy);
            var expected = result is null || result < indicator.CentralTarget ? RuleClause.A : RuleClause.B;
            decision.Clause.Should().Be(expected);
            decision.HasNoBaseline.Should().Be(result is null);
            if (expected == RuleClause.A)
            {
                decision.Target.Should().Be(indicator.CentralTarget);
            }
        });

    [Fact]   // b) the result plus the uplift, rounded, capped
    public void Clause_b_is_the_rounded_uplift_computed_independently() =>
        Gen.Select(Indicators, Results, Policies).Sample((indicator, result, policy) =>
        {
            var decision = TargetRule.Decide(indicator, result, policy);
            if (decision.Clause == RuleClause.A)
            {
                return;
            }

            // result × (100 + uplift) / 100 is exact for 2-decimal results and 1-decimal uplifts
            var raised = policy.Mode == UpliftMode.Points ? result + policy.Uplift : result * (100m + policy.Uplift) / 100m;
            var rounded = decimal.Round(raised, policy.Decimals, policy.Rounding);
            var capped = policy.CapAtMaximum && rounded > indicator.Maximum;
            decision.Raised.Should().Be(raised);
            decision.Rounded.Should().Be(rounded);
            decision.IsCapped.Should().Be(capped);
            decision.Target.Should().Be(capped ? indicator.Maximum : rounded);
            decision.IsRaisedToCentral.Should().BeFalse();   // the 2024 central targets are whole numbers
        });

    [Fact]   // a better 2023 result never earns an easier 2024 target
    public void The_target_is_monotonic_in_the_result() =>
        Gen.Select(Indicators, Results, Results, Policies).Sample((indicator, first, second, policy) =>
        {
            var (low, high) = first <= second ? (first, second) : (second, first);
            return TargetRule.Decide(indicator, low, policy).Target <= TargetRule.Decide(indicator, high, policy).Target;
        });

    [Fact]   // a caller checks a result read from a file with IsWithinBounds, then decides: the two must agree
    public void Decide_rejects_exactly_the_results_outside_the_bounds() =>
        Gen.Select(Indicators, Gen.OneOf(Gen.Decimal, Gen.Int[-10_000, 20_000].Select(i => i / 100m)), Policies).Sample((indicator, result, policy) =>
        {
            try
            {
                TargetRule.Decide(indicator, result, policy);
                return indicator.IsWithinBounds(result);
            }
            catch (ArgumentOutOfRangeException exception) when (exception.ParamName == "result2023")
            {
                return !indicator.IsWithinBounds(result);
            }
        });

    [Fact]   // pure: no culture, clock or shared state
    public void The_same_input_gives_the_same_decision() =>
        Cases.Sample((indicator, result, policy) =>
            TargetRule.Decide(indicator, result, policy) == TargetRule.Decide(indicator, result, policy with { }));
}
