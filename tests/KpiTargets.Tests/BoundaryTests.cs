using System.Globalization;

namespace KpiTargets.Tests;

/// <summary>The edges of the rule: the central target itself, the bounds, rounding midpoints, the cap, every policy knob.</summary>
public sealed class BoundaryTests
{
    private static Indicator Payments => IndicatorCatalog.BinhSon2024.Find("1");            // central 45

    private static Indicator ElectronicResults => IndicatorCatalog.BinhSon2024.Find("4");   // central 100

    private static Indicator Satisfaction => IndicatorCatalog.BinhSon2024.Find("8");        // central 90

    public static TheoryData<string, decimal, decimal, bool> CentralTargets => new()
    {
        { "1", 45m, 49.5m, false },    // 1 "Tối thiểu 45": 45 × 1.1
        { "2", 50m, 55m, false },      // 2 "Tối thiểu 50": 50 × 1.1
        { "3", 80m, 88m, false },      // 3 "Tối thiểu 80": 80 × 1.1
        { "4", 100m, 100m, true },     // 4 "100": 110 capped
        { "5", 100m, 100m, true },     // 5 "100": 110 capped
        { "6", 50m, 55m, false },      // 6 "Tối thiểu 50": 50 × 1.1
        { "7", 100m, 100m, true },     // 7 "100": 110 capped
        { "8", 90m, 99m, false },      // 8 "Tối thiểu 90": 90 × 1.1
        { "9.1", 95m, 100m, true },    // 9.1 "95": 104.5 capped
        { "9.2", 80m, 88m, false },    // 9.2 "80": 80 × 1.1
    };

    [Theory, MemberData(nameof(CentralTargets))]   // b) "bằng hoặc lớn hơn": equal counts as b)
    public void A_result_equal_to_the_central_target_takes_clause_b(string code, decimal central, decimal target, bool isCapped)
    {
        var decision = TargetRule.Decide(IndicatorCatalog.BinhSon2024.Find(code), central);

        decision.Clause.Should().Be(RuleClause.B);
        decision.Target.Should().Be(target);
        decision.IsCapped.Should().Be(isCapped);
    }

    public static TheoryData<string, decimal> JustBelow => new()
    {
        { "1", 45m },     // 1 "Tối thiểu 45": 44.99 → 45
        { "2", 50m },     // 2 "Tối thiểu 50": 49.99 → 50
        { "3", 80m },     // 3 "Tối thiểu 80": 79.99 → 80
        { "4", 100m },    // 4 "100": 99.99 → 100
        { "5", 100m },    // 5 "100": 99.99 → 100
        { "6", 50m },     // 6 "Tối thiểu 50": 49.99 → 50
        { "7", 100m },    // 7 "100": 99.99 → 100
        { "8", 90m },     // 8 "Tối thiểu 90": 89.99 → 90
        { "9.1", 95m },   // 9.1 "95": 94.99 → 95
        { "9.2", 80m },   // 9.2 "80": 79.99 → 80
    };

    [Theory, MemberData(nameof(JustBelow))]   // a) "nhỏ hơn": one hundredth below is already a)
    public void A_result_just_below_the_central_target_takes_clause_a(string code, decimal central) =>
        TargetRule.Decide(IndicatorCatalog.BinhSon2024.Find(code), central - 0.01m).Should().Be(
            new TargetDecision(central, RuleClause.A, 0m, 0m, IsCapped: false, IsRaisedToCentral: false, HasNoBaseline: false));

    [Fact]   // a) a result of 0 is lower than any central target above 0
    public void A_result_of_zero_gets_the_central_target() =>
        TargetRule.Decide(Payments, 0m).Should().Be(
            new TargetDecision(45m, RuleClause.A, 0m, 0m, IsCapped: false, IsRaisedToCentral: false, HasNoBaseline: false));

    public static TheoryData<string, decimal> FullResults => new()
    {
        { "1", 100m },   // 1 central 45: 100 × 1.1 = 110, capped at 100
        { "4", 100m },   // 4 central 100: equal, b), 110 capped at 100
        { "8", 100m },   // 8 central 90: 110 capped at 100
    };

    [Theory, MemberData(nameof(FullResults))]   // a share above 100 % cannot be reached
    public void A_result_of_100_is_capped_at_100(string code, decimal result)
    {
        var decision = TargetRule.Decide(IndicatorCatalog.BinhSon2024.Find(code), result);

        decision.Should().Be(new TargetDecision(100m, RuleClause.B, 110m, 110m, IsCapped: true, IsRaisedToCentral: false, HasNoBaseline: false));
    }

    [Theory, MemberData(nameof(FullResults))]   // uplift 0: 100 stays 100, nothing to cap
    public void A_result_of_100_without_uplift_stays_100_uncapped(string code, decimal result)
    {
        var decision = TargetRule.Decide(IndicatorCatalog.BinhSon2024.Find(code), result, AssignmentPolicy.Default with { Uplift = 0m });

        decision.Target.Should().Be(100m);
        decision.Clause.Should().Be(RuleClause.B);
        decision.IsCapped.Should().BeFalse();
    }

    [Fact]   // "A unit with no 2023 result gets the central target, flagged as such"
    public void A_missing_result_gets_the_central_target_flagged_as_no_baseline() =>
        TargetRule.Decide(Payments, null).Should().Be(
            new TargetDecision(45m, RuleClause.A, 0m, 0m, IsCapped: false, IsRaisedToCentral: false, HasNoBaseline: true));

    [Fact]   // worked example: 8 (central 90) | 95 | b | 100 (104.5 capped)
    public void A_target_above_the_maximum_is_capped_at_the_maximum() =>
        TargetRule.Decide(Satisfaction, 95m).Should().Be(
            new TargetDecision(100m, RuleClause.B, 104.5m, 104.5m, IsCapped: true, IsRaisedToCentral: false, HasNoBaseline: false));

    public static TheoryData<decimal, MidpointRounding, decimal, decimal> Midpoints => new()
    {
        { 45.15m, MidpointRounding.AwayFromZero, 49.665m, 49.67m },   // default: half away from zero, as by hand
        { 45.15m, MidpointRounding.ToEven, 49.665m, 49.66m },         // .NET's default, to even
        { 55.25m, MidpointRounding.AwayFromZero, 60.775m, 60.78m },   // 55.25 × 1.1 = 60.775
        { 55.25m, MidpointRounding.ToEven, 60.775m, 60.78m },         // 8 is even: both agree
    };

    [Theory, MemberData(nameof(Midpoints))]   // "Rounding of the computed target" is a policy choice
    public void A_midpoint_is_rounded_by_the_policy(decimal result, MidpointRounding rounding, decimal raised, decimal target)
    {
        var decision = TargetRule.Decide(Payments, result, AssignmentPolicy.Default with { Rounding = rounding });

        decision.Raised.Should().Be(raised);
        decision.Rounded.Should().Be(target);
        decision.Target.Should().Be(target);
    }

    public static TheoryData<decimal, MidpointRounding, decimal> WholeNumbers => new()
    {
        { 45.15m, MidpointRounding.AwayFromZero, 50m },   // 49.665 → 50
        { 55m, MidpointRounding.AwayFromZero, 61m },      // 60.5 → 61 away from zero
        { 55m, MidpointRounding.ToEven, 60m },            // 60.5 → 60 to even
        { 47m, MidpointRounding.ToEven, 52m },            // 51.7 → 52, not a midpoint
    };

    [Theory, MemberData(nameof(WholeNumbers))]   // "the appendix gives whole numbers"
    public void Decimals_0_rounds_the_target_to_a_whole_number(decimal result, MidpointRounding rounding, decimal target) =>
        TargetRule.Decide(Payments, result, AssignmentPolicy.Default with { Decimals = 0, Rounding = rounding })
            .Target.Should().Be(target);

    [Fact]   // "tăng thêm 10%" read as 10 percentage points: 45 + 10
    public void Points_mode_adds_the_uplift() =>
        TargetRule.Decide(Payments, 45m, AssignmentPolicy.Default with { Mode = UpliftMode.Points }).Should().Be(
            new TargetDecision(55m, RuleClause.B, 55m, 55m, IsCapped: false, IsRaisedToCentral: false, HasNoBaseline: false));

    [Fact]   // points: 95 + 10 = 105, capped at 100
    public void Points_mode_is_capped_at_the_maximum_too() =>
        TargetRule.Decide(Satisfaction, 95m, AssignmentPolicy.Default with { Mode = UpliftMode.Points }).Should().Be(
            new TargetDecision(100m, RuleClause.B, 105m, 105m, IsCapped: true, IsRaisedToCentral: false, HasNoBaseline: false));

    [Theory]
    [InlineData(UpliftMode.Relative)]   // 62.5 × 1 = 62.5
    [InlineData(UpliftMode.Points)]     // 62.5 + 0 = 62.5
    public void Uplift_0_keeps_the_result(UpliftMode mode)
    {
        var decision = TargetRule.Decide(Payments, 62.5m, AssignmentPolicy.Default with { Uplift = 0m, Mode = mode });

        decision.Target.Should().Be(62.5m);
        decision.Clause.Should().Be(RuleClause.B);
    }

    [Fact]   // the cap is a policy choice: without it 95 × 1.1 = 104.5 stands
    public void Without_the_cap_a_target_may_exceed_the_maximum() =>
        TargetRule.Decide(Satisfaction, 95m, AssignmentPolicy.Default with { CapAtMaximum = false }).Should().Be(
            new TargetDecision(104.5m, RuleClause.B, 104.5m, 104.5m, IsCapped: false, IsRaisedToCentral: false, HasNoBaseline: false));

    [Fact]   // b) "nhưng không nhỏ hơn chỉ tiêu của Trung ương": rounding may not go below the central target
    public void A_target_rounded_below_the_central_target_is_raised_to_it()
    {
        var indicator = new Indicator("X", "Chỉ tiêu thử", "Test indicator", "%", 45.4m, 0m, 100m, "UBND các xã, thị trấn");

        var decision = TargetRule.Decide(indicator, 45.4m, AssignmentPolicy.Default with { Decimals = 0, Uplift = 0m });

        decision.Should().Be(new TargetDecision(45.4m, RuleClause.B, 45.4m, 45m, IsCapped: false, IsRaisedToCentral: true, HasNoBaseline: false));
    }

    [Theory]
    [InlineData(-0.01)]    // below the minimum 0
    [InlineData(100.01)]   // above the maximum 100
    public void A_result_outside_the_bounds_is_rejected(double result) =>
        FluentActions.Invoking(() => TargetRule.Decide(Payments, (decimal)result))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("result2023");

    [Fact]
    public void A_null_indicator_is_rejected() =>
        FluentActions.Invoking(() => TargetRule.Decide(null!, 45m))
            .Should().Throw<ArgumentNullException>().WithParameterName("indicator");

    [Fact]
    public void A_null_policy_means_the_default_policy() =>
        TargetRule.Decide(Payments, 45.15m, null).Should().Be(TargetRule.Decide(Payments, 45.15m, AssignmentPolicy.Default));

    [Theory]   // decimal keeps the scales of its operands; outputs are compared byte for byte, so they are pinned
    [InlineData("45.15", "49.665", "49.67")]   // 45.15 × 1.1, rounded to 2 decimals
    [InlineData("45", "49.5", "49.5")]         // 45 × 1.1: one decimal, nothing to round
    [InlineData("99.99", "109.989", "109.99")] // capped afterwards; the intermediate values keep their scales
    public void The_raised_and_rounded_values_keep_the_scales_decimal_arithmetic_gives(string result, string raised, string rounded)
    {
        var decision = TargetRule.Decide(Payments, decimal.Parse(result, CultureInfo.InvariantCulture));

        decision.Raised.ToString(CultureInfo.InvariantCulture).Should().Be(raised);
        decision.Rounded.ToString(CultureInfo.InvariantCulture).Should().Be(rounded);
    }

    [Theory]   // the factor is 1 + uplift / 100 in decimal, so an uplift written with more decimals carries them
    [InlineData("10", "1.1", "49.665")]
    [InlineData("10.00", "1.10", "49.6650")]
    [InlineData("12.5", "1.125", "50.79375")]
    public void The_relative_factor_is_one_plus_the_uplift_over_100(string uplift, string factor, string raised)
    {
        var policy = AssignmentPolicy.Default with { Uplift = decimal.Parse(uplift, CultureInfo.InvariantCulture) };

        policy.RelativeFactor.ToString(CultureInfo.InvariantCulture).Should().Be(factor);
        TargetRule.Decide(Payments, 45.15m, policy).Raised.ToString(CultureInfo.InvariantCulture).Should().Be(raised);
    }

    [Fact]   // decimal keeps the scale of its operands: 45.0 × 1.1 is 49.50
    public void The_shortest_form_drops_trailing_zeros()
    {
        TargetRule.Decide(Payments, 45.0m).Target.ToString(CultureInfo.InvariantCulture).Should().Be("49.50");
        DecimalText.Shortest(TargetRule.Decide(Payments, 45.0m).Target).Should().Be("49.5");
        DecimalText.Shortest(100.00m).Should().Be("100");
        DecimalText.Shortest(-0.50m).Should().Be("-0.5");
    }

    [Fact]   // vi-VN writes a decimal comma; the product never does
    public void The_shortest_form_ignores_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            DecimalText.Shortest(68.75m).Should().Be("68.75");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
