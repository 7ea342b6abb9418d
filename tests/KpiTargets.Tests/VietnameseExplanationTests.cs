namespace KpiTargets.Tests;

/// <summary>The explanation in the plan's language, for reviewers at the district office.</summary>
public sealed class VietnameseExplanationTests
{
    public static TheoryData<string, decimal?, string> Lines => new()
    {
        { "3", null, "a) không có kết quả 2023: lấy chỉ tiêu Trung ương 80" },
        { "1", 40m, "a) 40 < chỉ tiêu TW 45: lấy chỉ tiêu Trung ương 45" },
        { "1", 45.15m, "b) 45.15 ≥ chỉ tiêu TW 45: 45.15 × 1.1 = 49.665, làm tròn 2 chữ số thập phân = 49.67" },
        { "8", 95m, "b) 95 ≥ chỉ tiêu TW 90: 95 × 1.1 = 104.5, giới hạn ở mức tối đa 100" },
    };

    [Theory, MemberData(nameof(Lines))]
    public void Each_clause_is_explained_in_vietnamese(string code, decimal? result, string expected) =>
        TargetRule.Assign("UBND xã Bình Hải", IndicatorCatalog.BinhSon2024.Find(code), result)
            .ExplainIn(ExplanationLanguage.Vietnamese).Should().Be(expected);

    [Fact]
    public void English_is_the_explanation_property()
    {
        var assignment = TargetRule.Assign("A", IndicatorCatalog.BinhSon2024.Find("1"), 40m);

        assignment.ExplainIn(ExplanationLanguage.English).Should().Be(assignment.Explanation);
    }
}
