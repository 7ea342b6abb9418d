using System.Globalization;

namespace KpiTargets.Tests;

/// <summary>The one line a reviewer checks by hand, pinned exactly.</summary>
public sealed class ExplanationTests
{
    private static readonly AssignmentPolicy Points = AssignmentPolicy.Default with { Mode = UpliftMode.Points };

    public static TheoryData<string, decimal?, AssignmentPolicy, string> Lines => new()
    {
        { "3", null, AssignmentPolicy.Default, "a) no 2023 result: the central target 80" },                                   // no baseline
        { "1", 40m, AssignmentPolicy.Default, "a) 40 < central 45: the central target 45" },                                   // a) "nhỏ hơn"
        { "1", 45m, AssignmentPolicy.Default, "b) 45 ≥ central 45: 45 × 1.1 = 49.5" },                                         // b) plain, no rounding
        { "1", 45.15m, AssignmentPolicy.Default, "b) 45.15 ≥ central 45: 45.15 × 1.1 = 49.665, rounded to 2 decimals = 49.67" }, // b) rounded
        { "8", 95m, AssignmentPolicy.Default, "b) 95 ≥ central 90: 95 × 1.1 = 104.5, capped at the maximum 100" },             // b) capped
        { "1", 45m, Points, "b) 45 ≥ central 45: 45 + 10 = 55" },                                                               // b) points
    };

    [Theory, MemberData(nameof(Lines))]
    public void The_explanation_shows_the_arithmetic(string code, decimal? result, AssignmentPolicy policy, string explanation) =>
        TargetRule.Assign("UBND xã Bình Thuận", IndicatorCatalog.BinhSon2024.Find(code), result, policy)
            .Explanation.Should().Be(explanation);

    [Theory, MemberData(nameof(Lines))]   // vi-VN writes 49,5; the explanation never does
    public void The_explanation_is_the_same_under_vi_VN(string code, decimal? result, AssignmentPolicy policy, string explanation)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            TargetRule.Assign("UBND xã Bình Thuận", IndicatorCatalog.BinhSon2024.Find(code), result, policy)
                .Explanation.Should().Be(explanation);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]   // b) "nhưng không nhỏ hơn chỉ tiêu của Trung ương"
    public void The_explanation_says_when_the_target_was_raised_to_the_central_target()
    {
        var indicator = new Indicator("X", "Chỉ tiêu thử", "Test indicator", "%", 45.4m, 0m, 100m, "UBND các xã, thị trấn");

        TargetRule.Assign("UBND xã Bình Thuận", indicator, 45.4m, AssignmentPolicy.Default with { Decimals = 0, Uplift = 0m })
            .Explanation.Should().Be("b) 45.4 ≥ central 45.4: 45.4 × 1 = 45.4, rounded to 0 decimals = 45, raised to the central target 45.4");
    }

    [Fact]   // rounding and the cap together: 95.55 × 1.1 = 105.105 → 105.11 → 100
    public void The_explanation_shows_rounding_before_the_cap() =>
        TargetRule.Assign("UBND xã Bình Thuận", IndicatorCatalog.BinhSon2024.Find("8"), 95.55m)
            .Explanation.Should().Be("b) 95.55 ≥ central 90: 95.55 × 1.1 = 105.105, rounded to 2 decimals = 105.11, capped at the maximum 100");
}
