using System.Text;
using KpiTargets.Files.Csv;
using KpiTargets.Files.Results;
using KpiTargets.Files.Tables;

namespace KpiTargets.Cli.Tests;

/// <summary>The parts that keep <c>assign</c> fast and flat in memory: each must be exact, not just quick.</summary>
public sealed class StreamingPartsTests
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.BinhSon2024;
    private static readonly Indicator First = Catalog.Indicators[0];
    private static readonly Indicator Second = Catalog.Indicators[1];

    [Fact]
    public void A_pair_seen_again_names_the_line_where_it_was_first_seen()
    {
        var seen = new SeenResults(Catalog);

        seen.TryAdd("UBND xã A", First, 2, out _, out _).Should().BeTrue();
        seen.TryAdd("UBND xã A", Second, 3, out _, out _).Should().BeTrue();
        seen.TryAdd("UBND xã B", First, 4, out _, out _).Should().BeTrue();
        seen.TryAdd(" UBND xã A ", First, 5, out var firstLine, out _).Should().BeFalse("names are compared without surrounding spaces");
        firstLine.Should().Be(2);
        seen.TryAdd(new string("UBND xã B".AsSpan()), First, 6, out firstLine, out _).Should().BeFalse("a different string instance is the same unit");
        firstLine.Should().Be(4);
    }

    [Fact]
    public void Many_units_and_lines_up_to_the_last_a_reader_gives_are_remembered_exactly()
    {
        var seen = new SeenResults(Catalog);
        const long farLine = RawRecord.MaxLine - 2;

        for (var unit = 0; unit < 10_000; unit++)
        {
            seen.TryAdd($"unit {unit}", Second, unit + 2, out _, out _).Should().BeTrue();
        }

        seen.TryAdd("unit 7", First, farLine, out _, out _).Should().BeTrue();
        seen.TryAdd("unit 7", First, farLine + 1, out var firstLine, out _).Should().BeFalse();
        firstLine.Should().Be(farLine);
        seen.TryAdd("unit 9999", Second, farLine + 2, out firstLine, out _).Should().BeFalse();
        firstLine.Should().Be(10_001);
    }

    [Fact]
    public void An_indicator_from_another_catalog_is_refused()
    {
        var other = new Indicator("1", "Khác", "Other", "%", 50m, 0m, 100m, "all units");

        FluentActions.Invoking(() => new SeenResults(Catalog).TryAdd("UBND xã A", other, 2, out _, out _))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_repeated_field_gives_back_the_same_string_and_a_changed_one_does_not()
    {
        var fields = new RepeatedFields();
        var name = "UBND xã Bình Thuận";
        fields.Remember(0, Encoding.UTF8.GetBytes(name), name);

        fields.TryGet(0, Encoding.UTF8.GetBytes(name), out var same).Should().BeTrue();
        same.Should().BeSameAs(name);
        fields.TryGet(0, Encoding.UTF8.GetBytes("UBND xã Bình Thuận 2"), out _).Should().BeFalse();
        fields.TryGet(0, Encoding.UTF8.GetBytes("UBND xã Bình Thuậx"), out _).Should().BeFalse();
        fields.TryGet(1, Encoding.UTF8.GetBytes(name), out _).Should().BeFalse("columns are remembered apart");
    }

    [Fact]
    public void Pairs_seen_in_a_later_part_of_a_file_join_those_seen_before_unless_one_was_seen_twice()
    {
        var before = new SeenResults(Catalog);
        before.TryAdd("UBND xã A", First, 2, out _, out _).Should().BeTrue();
        var later = new SeenResults(Catalog);
        later.TryAdd("UBND xã A", Second, 3, out _, out _).Should().BeTrue();
        later.TryAdd("UBND xã B", First, 4, out _, out _).Should().BeTrue();

        before.TryAddAll(later).Should().BeTrue();
        before.TryAdd("UBND xã B", First, 9, out var firstLine, out _).Should().BeFalse();
        firstLine.Should().Be(4);

        var again = new SeenResults(Catalog);
        again.TryAdd(" UBND xã A", Second, 12, out _, out _).Should().BeTrue();
        before.TryAddAll(again).Should().BeFalse("unit A's indicator 2 was seen in the part before");
    }

    [Fact]
    public void A_number_cell_has_no_text_until_asked_and_an_empty_cell_reads_empty()
    {
        Cell.Of(49.50m).Text.Should().Be("49.5");
        Cell.Of(49.50m).Number.Should().Be(49.50m);
        Cell.Of((decimal?)null).Text.Should().BeEmpty();
        default(Cell).Text.Should().BeEmpty();
    }
}
