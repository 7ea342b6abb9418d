namespace KpiTargets.Tests;

/// <summary>The worked-examples table of APPENDIX.md, row by row, with the default policy.</summary>
public sealed class WorkedExampleTests
{
    public static TheoryData<string, decimal?, RuleClause, decimal, bool, bool> Rows => new()
    {
        { "1", 40m, RuleClause.A, 45m, false, false },     // 1 (central 45) | 40 | a | 45
        { "1", 45m, RuleClause.B, 49.5m, false, false },   // 1 (central 45) | 45 | b | 49.5
        { "2", 62.5m, RuleClause.B, 68.75m, false, false }, // 2 (central 50) | 62.5 | b | 68.75
        { "8", 95m, RuleClause.B, 100m, true, false },     // 8 (central 90) | 95 | b | 100 (104.5 capped)
        { "4", 98m, RuleClause.A, 100m, false, false },    // 4 (central 100) | 98 | a | 100
        { "3", null, RuleClause.A, 80m, false, true },     // 3 (central 80) | none | a | 80 (no 2023 result)
    };

    [Theory, MemberData(nameof(Rows))]
    public void Decide_gives_the_target_of_each_worked_example(
        string code, decimal? result, RuleClause clause, decimal target, bool isCapped, bool hasNoBaseline)
    {
        var decision = TargetRule.Decide(IndicatorCatalog.BinhSon2024.Find(code), result);

        decision.Target.Should().Be(target);
        decision.Clause.Should().Be(clause);
        decision.IsCapped.Should().Be(isCapped);
        decision.HasNoBaseline.Should().Be(hasNoBaseline);
        decision.IsRaisedToCentral.Should().BeFalse();
    }

    [Theory, MemberData(nameof(Rows))]
    public void Assign_reports_the_same_facts_as_Decide_for_each_worked_example(
        string code, decimal? result, RuleClause clause, decimal target, bool isCapped, bool hasNoBaseline)
    {
        var assignment = TargetRule.Assign("UBND xã Bình Thuận", IndicatorCatalog.BinhSon2024.Find(code), result);

        assignment.Target2024.Should().Be(target);
        assignment.Clause.Should().Be(clause);
        assignment.IsCapped.Should().Be(isCapped);
        assignment.HasNoBaseline.Should().Be(hasNoBaseline);
        assignment.Result2023.Should().Be(result);
        assignment.Policy.Should().BeSameAs(AssignmentPolicy.Default);
    }

    [Fact]
    public void The_clause_letters_are_those_of_the_appendix()
    {
        RuleClause.A.Letter().Should().Be("a"); // a) "nhỏ hơn"
        RuleClause.B.Letter().Should().Be("b"); // b) "bằng hoặc lớn hơn"
        FluentActions.Invoking(() => ((RuleClause)2).Letter()).Should().Throw<ArgumentOutOfRangeException>();
    }
}
