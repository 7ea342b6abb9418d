namespace KpiTargets.Tests;

/// <summary>The policy's documented defaults, and the invariants of the policy and of an indicator.</summary>
public sealed class PolicyTests
{
    [Fact]   // APPENDIX.md: relative reading, 2 decimals, half away from zero, cap 100
    public void The_default_policy_is_the_documented_one()
    {
        var policy = AssignmentPolicy.Default;

        policy.Uplift.Should().Be(10m);
        policy.Mode.Should().Be(UpliftMode.Relative);
        policy.Decimals.Should().Be(2);
        policy.Rounding.Should().Be(MidpointRounding.AwayFromZero);
        policy.CapAtMaximum.Should().BeTrue();
        new AssignmentPolicy().Should().Be(policy);
    }

    [Fact]
    public void With_changes_one_choice_and_keeps_the_others()
    {
        var policy = AssignmentPolicy.Default with { Mode = UpliftMode.Points };

        policy.Mode.Should().Be(UpliftMode.Points);
        policy.Uplift.Should().Be(10m);
        AssignmentPolicy.Default.Mode.Should().Be(UpliftMode.Relative);
        policy.Should().NotBe(AssignmentPolicy.Default);
    }

    [Fact]   // equal by value: 10 and 10.00 are the same uplift
    public void Policies_equal_by_value_stay_equal_whatever_trailing_zeros_their_uplift_carries() =>
        new AssignmentPolicy { Uplift = 10.00m }.Should().Be(AssignmentPolicy.Default);

    public static TheoryData<string, Func<AssignmentPolicy>> Invalid => new()
    {
        { "Uplift", () => AssignmentPolicy.Default with { Uplift = -0.01m } },                   // negative uplift
        { "Uplift", () => AssignmentPolicy.Default with { Uplift = AssignmentPolicy.MaxUplift + 0.01m } },   // above MaxUplift
        { "Decimals", () => AssignmentPolicy.Default with { Decimals = -1 } },                   // negative decimals
        { "Decimals", () => AssignmentPolicy.Default with { Decimals = 11 } },                   // above MaxDecimals 10
        { "Mode", () => AssignmentPolicy.Default with { Mode = (UpliftMode)2 } },                // undefined UpliftMode
        { "Rounding", () => AssignmentPolicy.Default with { Rounding = (MidpointRounding)5 } },  // undefined MidpointRounding
    };

    [Theory, MemberData(nameof(Invalid))]
    public void With_cannot_create_an_invalid_policy(string parameter, Func<AssignmentPolicy> create) =>
        FluentActions.Invoking(create).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Fact]   // the ends of each range are valid
    public void The_limits_themselves_are_accepted()
    {
        (AssignmentPolicy.Default with { Uplift = 0m }).Uplift.Should().Be(0m);
        (AssignmentPolicy.Default with { Uplift = AssignmentPolicy.MaxUplift }).Uplift.Should().Be(1000m);
        (AssignmentPolicy.Default with { Decimals = 0 }).Decimals.Should().Be(0);
        (AssignmentPolicy.Default with { Decimals = AssignmentPolicy.MaxDecimals }).Decimals.Should().Be(10);
    }

    [Theory]
    [InlineData(-1)]    // below the minimum 0
    [InlineData(101)]   // above the maximum 100
    public void An_indicator_rejects_a_central_target_outside_its_bounds(int central) =>
        FluentActions.Invoking(() => new Indicator("1", "Tên", "Name", "%", central, 0m, 100m, "UBND"))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("centralTarget");

    [Fact]
    public void An_indicator_rejects_a_minimum_above_its_maximum() =>
        FluentActions.Invoking(() => new Indicator("1", "Tên", "Name", "%", 50m, 100m, 0m, "UBND"))
            .Should().Throw<ArgumentException>().WithParameterName("minimum");

    [Theory]
    [InlineData("", "Tên", "code")]     // empty code
    [InlineData(" \t", "Tên", "code")]  // white-space code
    [InlineData("1", "", "nameVietnamese")]
    [InlineData("1", "  ", "nameVietnamese")]
    public void An_indicator_rejects_a_blank_code_or_name(string code, string name, string parameter) =>
        FluentActions.Invoking(() => new Indicator(code, name, "Name", "%", 50m, 0m, 100m, "UBND"))
            .Should().Throw<ArgumentException>().WithParameterName(parameter);

    [Fact]
    public void An_indicator_rejects_null_texts()
    {
        FluentActions.Invoking(() => new Indicator(null!, "Tên", "Name", "%", 50m, 0m, 100m, "UBND")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new Indicator("1", "Tên", null!, "%", 50m, 0m, 100m, "UBND")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new Indicator("1", "Tên", "Name", null!, 50m, 0m, 100m, "UBND")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new Indicator("1", "Tên", "Name", "%", 50m, 0m, 100m, null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]   // codes come from CSV cells; the catalog looks them up trimmed
    public void An_indicator_code_is_trimmed() =>
        new Indicator(" 9.1 ", "Tên", "Name", "%", 50m, 0m, 100m, "UBND").Code.Should().Be("9.1");

    [Fact]   // central may sit on either bound, and the bounds hold their ends
    public void An_indicator_accepts_a_central_target_on_its_bounds()
    {
        var indicator = new Indicator("4", "Tên", "Name", "%", 100m, 0m, 100m, "UBND");

        indicator.IsWithinBounds(0m).Should().BeTrue();
        indicator.IsWithinBounds(100m).Should().BeTrue();
        indicator.IsWithinBounds(100.01m).Should().BeFalse();
        indicator.IsWithinBounds(-0.01m).Should().BeFalse();
    }

    [Fact]   // equal by value: 100 and 100.00000 are the same bound
    public void Indicators_equal_by_value_stay_equal_whatever_trailing_zeros_their_bounds_carry()
    {
        var plain = new Indicator("1", "Chỉ tiêu", "Indicator", "%", 50m, 0m, 100m, "all");
        var padded = new Indicator("1", "Chỉ tiêu", "Indicator", "%", 50.000000m, 0.00000m, 100.00000m, "all");

        padded.Should().Be(plain);
        padded.GetHashCode().Should().Be(plain.GetHashCode());
        padded.IsWithinBounds(100m).Should().BeTrue();
    }
}
