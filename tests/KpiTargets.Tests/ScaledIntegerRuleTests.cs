using CsCheck;

namespace KpiTargets.Tests;

/// <summary>
/// The integer form of the rule must decide exactly as the decimal form does, down to the scale of every decimal,
/// and must actually take the everyday cases.
/// </summary>
public sealed class ScaledIntegerRuleTests
{
    // Values with 0 to 6 decimals, built from digits and a scale so that trailing zeros (45.50, 100.00) and negative
    // zero are drawn as often as any other spelling: scale is what the bit-for-bit promise is about.
    private static readonly Gen<decimal> Values =
        Gen.Select(Gen.Long[-2_000_000, 20_000_000], Gen.Int[0, 6], Gen.Bool, (digits, scale, negativeZero) =>
            digits == 0 && negativeZero
                ? new decimal(0, 0, 0, isNegative: true, (byte)scale)
                : new decimal((int)Math.Abs(digits), 0, 0, digits < 0, (byte)scale));

    private static readonly Gen<Indicator> Indicators =
        Gen.Select(Values, Values, Values).Where((a, b, c) => a != b || b != c).Select((a, b, c) =>
        {
            decimal[] sorted = [a, b, c];
            Array.Sort(sorted);
            return new Indicator("1", "Chỉ tiêu", "Indicator", "%", sorted[1], sorted[0], sorted[2], "all");
        });

    private static readonly MidpointRounding[] Roundings =
        [MidpointRounding.AwayFromZero, MidpointRounding.ToEven, MidpointRounding.ToZero];

    private static readonly Gen<AssignmentPolicy> Policies = Gen.Select(
        Gen.Int[0, 100_000],
        Gen.Int[0, 4],
        Gen.Int[0, 6],
        Gen.Int[0, 9],
        Gen.Bool,
        (uplift, upliftScale, decimals, dice, cap) => new AssignmentPolicy
        {
            Uplift = Math.Min(new decimal(uplift, 0, 0, false, (byte)upliftScale), AssignmentPolicy.MaxUplift),
            Mode = dice == 0 ? UpliftMode.Points : UpliftMode.Relative,
            Decimals = decimals,
            Rounding = Roundings[dice < 7 ? 0 : dice - 7],
            CapAtMaximum = cap,
        });

    [Fact]
    public void Integer_and_decimal_arithmetic_decide_alike_bit_for_bit() =>
        Gen.Select(Indicators, Values, Policies).Sample((indicator, result, policy) =>
        {
            var expected = Outcome(() => TargetRule.DecideInDecimals(indicator, result, policy));
            var actual = Outcome(() => TargetRule.Decide(indicator, result, policy));
            return actual == expected;
        }, iter: 200_000);

    [Fact]
    public void TryDecide_declines_exactly_the_results_out_of_bounds_and_decides_the_others_as_decimal_arithmetic_does() =>
        Gen.Select(Indicators, Gen.OneOf(Values, Gen.Decimal), Policies).Sample((indicator, result, policy) =>
        {
            var expected = Outcome(() => TargetRule.DecideInDecimals(indicator, result, policy));
            return TargetRule.TryDecide(indicator, result, policy, out var decision)
                ? Outcome(() => decision) == expected
                : expected == "ArgumentOutOfRangeException result2023" && !indicator.IsWithinBounds(result);
        }, iter: 200_000);

    [Fact]
    public void TryDecide_gives_the_central_target_by_default_without_a_result()
    {
        var indicator = IndicatorCatalog.BinhSon2024.Indicators[0];

        TargetRule.TryDecide(indicator, null, null, out var decision).Should().BeTrue();

        decision.Should().Be(TargetRule.Decide(indicator, null));
        decision.HasNoBaseline.Should().BeTrue();
    }

    [Fact]
    public void Bounds_compared_in_ten_thousandths_hold_what_decimal_comparison_holds() =>
        Gen.Select(Indicators, Gen.OneOf(Values, Gen.Decimal)).Sample(
            (indicator, result) => indicator.IsWithinBounds(result) == (result >= indicator.Minimum && result <= indicator.Maximum),
            iter: 200_000);

    [Fact]
    public void Indicators_equal_by_value_stay_equal_whatever_trailing_zeros_their_bounds_carry()
    {
        var plain = new Indicator("1", "Chỉ tiêu", "Indicator", "%", 50m, 0m, 100m, "all");
        var padded = new Indicator("1", "Chỉ tiêu", "Indicator", "%", 50.000000m, 0.00000m, 100.00000m, "all");

        padded.Should().Be(plain);
        padded.GetHashCode().Should().Be(plain.GetHashCode());
        ScaledIntegerRule.TryDecide(padded, 60m, AssignmentPolicy.Default, out _).Should().BeTrue("100.00000 is exactly 100");
    }

    [Fact]
    public void Policies_equal_by_value_stay_equal_whatever_trailing_zeros_their_uplift_carries() =>
        new AssignmentPolicy { Uplift = 10.00m }.Should().Be(AssignmentPolicy.Default);

    [Fact]
    public void Every_catalog_indicator_with_the_default_policy_takes_the_integer_form() =>
        Gen.Select(Gen.Int[0, IndicatorCatalog.BinhSon2024.Indicators.Count - 1], Gen.Int[0, 10_000]).Sample((index, hundredths) =>
            ScaledIntegerRule.TryDecide(IndicatorCatalog.BinhSon2024.Indicators[index], hundredths / 100m, AssignmentPolicy.Default, out _));

    [Theory]
    [InlineData("45.15", "49.665", "49.67")]
    [InlineData("45", "49.5", "49.5")]
    [InlineData("99.99", "109.989", "109.99")]
    public void The_worked_examples_keep_the_scales_decimal_arithmetic_gives(string result, string raised, string rounded)
    {
        var payments = IndicatorCatalog.BinhSon2024.Find("1");

        var decision = TargetRule.Decide(payments, decimal.Parse(result, System.Globalization.CultureInfo.InvariantCulture));

        decision.Raised.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(raised);
        decision.Rounded.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(rounded);
    }

    // Every decimal as its bits, so that 49.50 and 49.5 differ; an exception by its type and parameter.
    private static string Outcome(Func<TargetDecision> decide)
    {
        try
        {
            var d = decide();
            return string.Join(
                "|",
                Bits(d.Target), Bits(d.Raised), Bits(d.Rounded), d.Clause, d.IsCapped, d.IsRaisedToCentral, d.HasNoBaseline);
        }
        catch (ArgumentException exception)
        {
            return $"{exception.GetType().Name} {exception.ParamName}";
        }
    }

    private static string Bits(decimal value) => string.Join(",", decimal.GetBits(value));
}
