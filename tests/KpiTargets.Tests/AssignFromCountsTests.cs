namespace KpiTargets.Tests;

/// <summary>
/// A target from counts: the rate is computed and rounded once, as it is reported, then the rule decides from it; the
/// explanation starts from the counts.
/// </summary>
public sealed class AssignFromCountsTests
{
    private static Indicator Find(string code) => IndicatorCatalog.BinhSon2024.Find(code);

    public static TheoryData<string, long, long, string, string> Explanations => new()
    {
        { "1", 12, 40, "a) 12/40 = 30 < central 45: the central target 45", "a) 12/40 = 30 < chỉ tiêu TW 45: lấy chỉ tiêu Trung ương 45" },
        { "1", 1, 800, "a) 1/800 ≈ 0.13 < central 45: the central target 45", "a) 1/800 ≈ 0.13 < chỉ tiêu TW 45: lấy chỉ tiêu Trung ương 45" },
        { "2", 2, 3, "b) 2/3 ≈ 66.67 ≥ central 50: 66.67 × 1.1 = 73.337, rounded to 2 decimals = 73.34", "b) 2/3 ≈ 66.67 ≥ chỉ tiêu TW 50: 66.67 × 1.1 = 73.337, làm tròn 2 chữ số thập phân = 73.34" },
        { "8", 19, 20, "b) 19/20 = 95 ≥ central 90: 95 × 1.1 = 104.5, capped at the maximum 100", "b) 19/20 = 95 ≥ chỉ tiêu TW 90: 95 × 1.1 = 104.5, giới hạn ở mức tối đa 100" },
        { "3", 0, 0, "a) no 2023 result (0/0): the central target 80", "a) không có kết quả 2023 (0/0): lấy chỉ tiêu Trung ương 80" },
    };

    [Theory, MemberData(nameof(Explanations))]
    public void The_explanation_starts_from_the_counts(string code, long numerator, long denominator, string english, string vietnamese)
    {
        var assignment = TargetRule.AssignFromCounts("UBND xã Bình Hải", Find(code), new RateCounts(numerator, denominator));

        assignment.Explanation.Should().Be(english);
        assignment.ExplainIn(ExplanationLanguage.Vietnamese).Should().Be(vietnamese);
    }

    [Fact]   // 2/3 is reported as 66.67, and 66.67 is what clause b raises
    public void The_rule_decides_from_the_rounded_rate()
    {
        var counts = new RateCounts(2, 3);

        var fromCounts = TargetRule.AssignFromCounts("A", Find("2"), counts);

        fromCounts.Result2023.Should().Be(66.67m);
        fromCounts.Decision.Should().Be(TargetRule.Decide(Find("2"), 66.67m));
        fromCounts.Counts.Should().BeSameAs(counts);
    }

    [Fact]
    public void A_zero_denominator_is_no_baseline_never_a_zero_result()
    {
        var assignment = TargetRule.AssignFromCounts("A", Find("1"), new RateCounts(0, 0));

        assignment.Result2023.Should().BeNull();
        assignment.HasNoBaseline.Should().BeTrue();
        assignment.Target2024.Should().Be(45m);
    }

    [Fact]
    public void More_rate_decimals_are_kept_and_decided_from()
    {
        var assignment = TargetRule.AssignFromCounts("A", Find("1"), new RateCounts(1, 3, decimals: 4));

        assignment.Result2023.Should().Be(33.3333m);
        assignment.Explanation.Should().StartWith("a) 1/3 ≈ 33.3333 < central 45");
    }

    [Fact]
    public void An_assignment_from_a_result_has_no_counts() =>
        TargetRule.Assign("A", Find("1"), 30m).Counts.Should().BeNull();

    [Fact]
    public void A_rate_outside_a_narrower_custom_bound_is_refused()
    {
        var narrow = new Indicator("X", "Chỉ tiêu X", "", "%", 40m, 10m, 100m, "");

        var assign = () => TargetRule.AssignFromCounts("A", narrow, new RateCounts(1, 20));

        assign.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Counts_and_an_empty_unit_are_checked_before_deciding()
    {
        ((Action)(() => TargetRule.AssignFromCounts(" ", Find("1"), new RateCounts(1, 2)))).Should().Throw<ArgumentException>();
        ((Action)(() => TargetRule.AssignFromCounts("A", Find("1"), null!))).Should().Throw<ArgumentNullException>();
    }
}
