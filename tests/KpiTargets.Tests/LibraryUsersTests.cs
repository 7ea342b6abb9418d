using System.Xml.Linq;

namespace KpiTargets.Tests;

/// <summary>What a .NET developer referencing the library found missing: each is now there.</summary>
public sealed class LibraryUsersTests
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.BinhSon2024;

    [Fact]
    public void A_2025_catalog_is_the_2024_one_with_other_central_targets_in_one_line()
    {
        var catalog2025 = new IndicatorCatalog("2025", Catalog.Indicators.Select(indicator => indicator with { CentralTarget = Math.Min(indicator.CentralTarget + 5, indicator.Maximum) }), Catalog.Headings);

        catalog2025.Find("1").CentralTarget.Should().Be(50);
        catalog2025.Find("1").NameVietnamese.Should().Be(Catalog.Find("1").NameVietnamese);
        TargetRule.Decide(catalog2025.Find("1"), 45.15m).Clause.Should().Be(RuleClause.A);
    }

    [Fact]
    public void With_checks_each_new_value_as_the_constructor_does()
    {
        var payments = Catalog.Find("1");

        FluentActions.Invoking(() => payments with { CentralTarget = 101 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => payments with { Maximum = 40 }).Should().Throw<ArgumentOutOfRangeException>("the central target 45 would be above it");
        FluentActions.Invoking(() => payments with { Code = " " }).Should().Throw<ArgumentException>();
        (payments with { Maximum = 200, CentralTarget = 150 }).CentralTarget.Should().Be(150, "widened first, then moved");
        (payments with { Code = " 1b " }).Code.Should().Be("1b");
        (payments with { NameVietnamese = "Xa\u0303" }).NameVietnamese.Should().Be("Xã", "names are kept in NFC");
    }

    [Fact]
    public void A_result_out_of_bounds_names_the_indicator_and_its_bounds()
    {
        FluentActions.Invoking(() => TargetRule.Decide(Catalog.Find("4"), 100.5m))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The result 100.5 is outside the bounds of indicator 4 (0 to 100).*");
    }

    [Fact]
    public void Find_on_a_heading_says_it_is_a_heading_and_lists_its_indicators()
    {
        FluentActions.Invoking(() => Catalog.Find("9"))
            .Should().Throw<KeyNotFoundException>()
            .WithMessage("'9' is a heading of the catalog '*', not an indicator; use one of its indicators: 9.1, 9.2.");
        FluentActions.Invoking(() => Catalog.Find("10"))
            .Should().Throw<KeyNotFoundException>()
            .WithMessage("The catalog '*' has no indicator with code '10'; its codes are 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2.");
    }

    [Fact]
    public void AssignValid_collects_the_problems_of_a_sequence_and_assigns_the_rest_in_order()
    {
        UnitResult[] results =
        [
            new("UBND xã Bình Thuận", "1", 45.15m),
            new("UBND xã Bình Thuận", "9", 50m),
            new(" ", "2", 60m),
            new("Phòng Tư pháp", "4", 120m),
            new("Phòng Tư pháp", "2", null),
        ];
        var problems = new List<AssignmentProblem>();

        var assigned = TargetRule.AssignValid(results, Catalog, problems).ToList();

        assigned.Select(a => (a.Unit, a.Indicator.Code, a.Target2024)).Should().Equal(("UBND xã Bình Thuận", "1", 49.67m), ("Phòng Tư pháp", "2", 50m));
        problems.Select(p => p.Index).Should().Equal(1, 2, 3);
        problems[0].Message.Should().StartWith("'9' is a heading");
        problems[1].Message.Should().Be("The unit is empty.");
        problems[2].Message.Should().Be("The result 120 is outside the bounds of indicator 4 (0 to 100).");
        problems[2].Result.Should().Be(results[3]);
    }

    [Fact]
    public void The_packages_documentation_holds_no_internal_type()
    {
        var documentation = Path.ChangeExtension(typeof(TargetRule).Assembly.Location, ".xml");
        var publicNames = typeof(TargetRule).Assembly.GetExportedTypes().Select(type => type.FullName!).ToHashSet();

        var documented = XDocument.Load(documentation).Descendants("member").Select(member => member.Attribute("name")!.Value).ToList();

        documented.Should().NotBeEmpty();
        documented.Where(name => name.StartsWith("T:", StringComparison.Ordinal)).Select(name => name[2..])
            .Should().OnlyContain(name => publicNames.Contains(name));
    }
}
