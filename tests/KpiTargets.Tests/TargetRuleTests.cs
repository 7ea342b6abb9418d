namespace KpiTargets.Tests;

public sealed class TargetRuleTests
{
    [Fact]
    public void Payments_result_equal_to_the_central_target_takes_clause_b() =>
        TargetRule.Decide(IndicatorCatalog.BinhSon2024.Find("1"), 45m).Target.Should().Be(49.5m);
}
