using KpiTargets.Files.Reports;

namespace KpiTargets.Cli.Tests;

/// <summary>The value axis of a chart: a percentage runs 0 to 100; a count whose bound is far away runs to a round number above its values.</summary>
public sealed class ChartScaleTests
{
    [Fact]
    public void A_percentage_runs_from_0_to_100_in_steps_of_20()
    {
        var scale = ChartScale.For(IndicatorCatalog.BinhSon2024.Find("1"), [43.41m, 81.75m], 300m, 800m);

        scale.Ticks.Should().Equal(0m, 20m, 40m, 60m, 80m, 100m);
        scale.X(0m).Should().Be(300m);
        scale.X(45m).Should().Be(525m);
        scale.X(100m).Should().Be(800m);
    }

    [Fact]
    public void A_count_with_a_far_bound_runs_to_a_round_number_above_its_largest_value()
    {
        var dossiers = new Indicator("D", "Số hồ sơ", "Dossiers", "hồ sơ", 120m, 0m, Indicator.MaxMagnitude, "");

        var scale = ChartScale.For(dossiers, [480m, 120m, 35m], 0m, 500m);

        scale.Ticks.Should().Equal(0m, 100m, 200m, 300m, 400m, 500m);
        scale.X(480m).Should().Be(480m);
    }

    [Fact]
    public void Values_beyond_the_axis_stay_on_it_and_a_chart_of_nothing_but_zeros_keeps_the_indicators_range()
    {
        var scale = ChartScale.For(IndicatorCatalog.BinhSon2024.Find("4"), [0m, 0m], 0m, 100m);

        scale.Ticks.Should().Equal(0m, 20m, 40m, 60m, 80m, 100m);
        scale.X(-5m).Should().Be(0m);
        scale.X(250m).Should().Be(100m);
    }
}
