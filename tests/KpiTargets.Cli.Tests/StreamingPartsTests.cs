using System.Text;
using KpiTargets.Cli.Input;
using KpiTargets.Cli.Jobs;
using KpiTargets.Cli.Output;

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

        seen.TryAdd("UBND xã A", First, 2, out _).Should().BeTrue();
        seen.TryAdd("UBND xã A", Second, 3, out _).Should().BeTrue();
        seen.TryAdd("UBND xã B", First, 4, out _).Should().BeTrue();
        seen.TryAdd(" UBND xã A ", First, 5, out var firstLine).Should().BeFalse("names are compared without surrounding spaces");
        firstLine.Should().Be(2);
        seen.TryAdd(new string("UBND xã B".AsSpan()), First, 6, out firstLine).Should().BeFalse("a different string instance is the same unit");
        firstLine.Should().Be(4);
    }

    [Fact]
    public void Many_units_and_lines_beyond_the_int_range_are_remembered_exactly()
    {
        var seen = new SeenResults(Catalog);
        const long farLine = 3L * int.MaxValue;

        for (var unit = 0; unit < 10_000; unit++)
        {
            seen.TryAdd($"unit {unit}", Second, unit + 2, out _).Should().BeTrue();
        }

        seen.TryAdd("unit 7", First, farLine, out _).Should().BeTrue();
        seen.TryAdd("unit 7", First, farLine + 1, out var firstLine).Should().BeFalse();
        firstLine.Should().Be(farLine);
        seen.TryAdd("unit 9999", Second, farLine + 2, out firstLine).Should().BeFalse();
        firstLine.Should().Be(10_001);
    }

    [Fact]
    public void An_indicator_from_another_catalog_is_refused()
    {
        var other = new Indicator("1", "Khác", "Other", "%", 50m, 0m, 100m, "all units");

        FluentActions.Invoking(() => new SeenResults(Catalog).TryAdd("UBND xã A", other, 2, out _))
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
    public void Read_ahead_keeps_every_item_in_order_across_batches()
    {
        var count = ReadAhead.BatchSize * (ReadAhead.Depth + 3) + 17;

        ReadAhead.Of(Enumerable.Range(0, count)).Should().Equal(Enumerable.Range(0, count));
        ReadAhead.Of(Enumerable.Empty<int>()).Should().BeEmpty();
    }

    [Fact]
    public void Read_ahead_hands_the_source_exception_to_the_consumer_after_the_items_before_it()
    {
        var received = new List<int>();

        FluentActions.Invoking(() =>
        {
            foreach (var item in ReadAhead.Of(Failing(after: 2500)))
            {
                received.Add(item);
            }
        }).Should().Throw<IOException>().WithMessage("disk gone");

        received.Should().Equal(Enumerable.Range(0, 2500));
    }

    [Fact]
    public void A_consumer_that_stops_early_stops_the_source()
    {
        var source = new EndlessSource();

        ReadAhead.Of(source.Items()).Take(10).Should().Equal(Enumerable.Range(0, 10));

        source.Stopped.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue("the source is told to stop rather than run forever");
        source.Produced.Should().BeLessThan(ReadAhead.BatchSize * (ReadAhead.Depth + 3));
    }

    [Fact]
    public void A_number_cell_has_no_text_until_asked_and_an_empty_cell_reads_empty()
    {
        Cell.Of(49.50m).Text.Should().Be("49.5");
        Cell.Of(49.50m).Number.Should().Be(49.50m);
        Cell.Of((decimal?)null).Text.Should().BeEmpty();
        default(Cell).Text.Should().BeEmpty();
    }

    private static IEnumerable<int> Failing(int after)
    {
        for (var i = 0; i < after; i++)
        {
            yield return i;
        }

        throw new IOException("disk gone");
    }

    private sealed class EndlessSource
    {
        public ManualResetEventSlim Stopped { get; } = new();

        public int Produced { get; private set; }

        public IEnumerable<int> Items()
        {
            try
            {
                while (true)
                {
                    yield return Produced++;
                }
            }
            finally
            {
                Stopped.Set();
            }
        }
    }
}
