namespace KpiTargets.Tests;

/// <summary>Assigning a whole file of results: lazily, in order, with argument errors at the call.</summary>
public sealed class AssignAllTests
{
    private static IndicatorCatalog Catalog => IndicatorCatalog.BinhSon2024;

    [Fact]   // a file of any length streams through: nothing is read before it is asked for, one result per MoveNext
    public void AssignAll_reads_nothing_before_enumeration()
    {
        var reads = 0;

        var assignments = TargetRule.AssignAll(Counting(() => reads++), Catalog);

        reads.Should().Be(0);
        using var enumerator = assignments.GetEnumerator();
        enumerator.MoveNext().Should().BeTrue();
        reads.Should().Be(1);
        enumerator.MoveNext().Should().BeTrue();
        reads.Should().Be(2);
    }

    [Fact]
    public void AssignAll_yields_the_first_results_of_a_sequence_that_fails_later()
    {
        var assignments = TargetRule.AssignAll(FailingAfterTwo(), Catalog);

        assignments.Take(2).Select(assignment => assignment.Target2024).Should().Equal(45m, 49.5m);
        FluentActions.Invoking(() => assignments.ToList()).Should().Throw<InvalidOperationException>().WithMessage("third");
    }

    [Fact]
    public void AssignAll_keeps_the_order_of_the_results()
    {
        UnitResult[] results =
        [
            new("UBND xã Bình Thuận", "9.2", 85m),     // 9.2 central 80: 93.5
            new("Phòng Tư pháp", "5", null),            // 5: no result, 100
            new("UBND thị trấn Châu Ổ", "1", 40m),      // 1 central 45: a)
            new("Phòng Tư pháp", "2", 62.5m),           // worked example: 68.75
        ];

        var assignments = TargetRule.AssignAll(results, Catalog).ToList();

        assignments.Select(assignment => (assignment.Unit, assignment.Indicator.Code, assignment.Target2024)).Should().Equal(
            ("UBND xã Bình Thuận", "9.2", 93.5m),
            ("Phòng Tư pháp", "5", 100m),
            ("UBND thị trấn Châu Ổ", "1", 45m),
            ("Phòng Tư pháp", "2", 68.75m));
    }

    [Fact]
    public void AssignAll_applies_the_policy_given()
    {
        var points = AssignmentPolicy.Default with { Mode = UpliftMode.Points };

        var assignment = TargetRule.AssignAll([new UnitResult("UBND xã Bình Thuận", "1", 45m)], Catalog, points).Single();

        assignment.Target2024.Should().Be(55m);
        assignment.Policy.Should().BeSameAs(points);
    }

    [Fact]   // argument errors surface at the call, not at the first MoveNext
    public void AssignAll_rejects_null_arguments_at_the_call()
    {
        FluentActions.Invoking(() => TargetRule.AssignAll(null!, Catalog))
            .Should().Throw<ArgumentNullException>().WithParameterName("results");
        FluentActions.Invoking(() => TargetRule.AssignAll([], null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("catalog");
    }

    [Fact]   // a heading's code (9) is not an indicator's
    public void AssignAll_rejects_an_unknown_code_while_enumerating()
    {
        var assignments = TargetRule.AssignAll([new UnitResult("UBND xã Bình Thuận", "9", 85m)], Catalog);

        FluentActions.Invoking(() => assignments.ToList()).Should().Throw<KeyNotFoundException>().WithMessage("*'9'*");
    }

    [Fact]
    public void AssignAll_rejects_a_blank_unit_or_an_out_of_bounds_result_while_enumerating()
    {
        var blank = TargetRule.AssignAll([new UnitResult(" ", "1", 45m)], Catalog);
        var outOfBounds = TargetRule.AssignAll([new UnitResult("UBND xã Bình Thuận", "1", 101m)], Catalog);

        FluentActions.Invoking(() => blank.ToList()).Should().Throw<ArgumentException>().WithParameterName("unit");
        FluentActions.Invoking(() => outOfBounds.ToList()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("result2023");
    }

    [Fact]   // "kept exactly as given": no trimming, no normalising
    public void Assign_keeps_the_unit_exactly() =>
        TargetRule.Assign("  UBND xã Bình Thuận ", Catalog.Find("1"), 45m).Unit.Should().Be("  UBND xã Bình Thuận ");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Assign_rejects_a_blank_unit(string blank) =>
        FluentActions.Invoking(() => TargetRule.Assign(blank, Catalog.Find("1"), 45m))
            .Should().Throw<ArgumentException>().WithParameterName("unit");

    [Fact]
    public void Assign_rejects_a_null_unit_or_indicator()
    {
        FluentActions.Invoking(() => TargetRule.Assign(null!, Catalog.Find("1"), 45m))
            .Should().Throw<ArgumentNullException>().WithParameterName("unit");
        FluentActions.Invoking(() => TargetRule.Assign("UBND xã Bình Thuận", null!, 45m))
            .Should().Throw<ArgumentNullException>().WithParameterName("indicator");
    }

    private static IEnumerable<UnitResult> Counting(Action read)
    {
        for (var i = 0; i < 3; i++)
        {
            read();
            yield return new UnitResult("UBND xã Bình Thuận", "1", 45m);
        }
    }

    private static IEnumerable<UnitResult> FailingAfterTwo()
    {
        yield return new UnitResult("UBND xã Bình Thuận", "1", 40m);
        yield return new UnitResult("UBND xã Bình Thuận", "1", 45m);
        throw new InvalidOperationException("third");
    }
}
