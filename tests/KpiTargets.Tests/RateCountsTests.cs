using System.Numerics;
using CsCheck;

namespace KpiTargets.Tests;

/// <summary>
/// A 2023 result from counts, as the Decision 766 dashboards compute a share: numerator ÷ denominator × 100, rounded
/// to 2 decimals half away from zero, and no result (never 0) when the denominator is 0.
/// </summary>
public sealed class RateCountsTests
{
    public static TheoryData<long, long, int, decimal, bool> Rates => new()
    {
        { 1, 800, 2, 0.13m, true },      // 0.125: the midpoint goes away from zero
        { 2, 3, 2, 66.67m, true },       // 66.666…
        { 1, 3, 2, 33.33m, true },       // 33.333…
        { 12, 40, 2, 30m, false },       // exact
        { 0, 40, 2, 0m, false },         // a real 0 %: there were dossiers, none online
        { 40, 40, 2, 100m, false },
        { 1, 8, 0, 13m, true },          // 12.5 to no decimals: away from zero
        { 1, 8, 1, 12.5m, false },
        { 2, 3, 4, 66.6667m, true },
        { 1, 7, 10, 14.2857142857m, true },
        { 1, RateCounts.MaxCount, 2, 0m, true },
        { RateCounts.MaxCount - 1, RateCounts.MaxCount, 10, 100m, true },
    };

    [Theory, MemberData(nameof(Rates))]
    public void The_rate_is_the_share_in_percent_rounded_half_away_from_zero(long numerator, long denominator, int decimals, decimal rate, bool rounded)
    {
        var counts = new RateCounts(numerator, denominator, decimals);

        counts.Rate.Should().Be(rate);
        counts.IsRounded.Should().Be(rounded);
    }

    [Fact]   // "N/A" on the dashboards, never 0
    public void A_zero_denominator_gives_no_rate()
    {
        var counts = new RateCounts(0, 0);

        counts.Rate.Should().BeNull();
        counts.IsRounded.Should().BeFalse();
    }

    [Fact]
    public void Two_decimals_are_the_default() => new RateCounts(2, 3).Decimals.Should().Be(2);

    [Theory]
    [InlineData(-1L, 10L, 2, "numerator")]
    [InlineData(11L, 10L, 2, "numerator")]
    [InlineData(0L, -1L, 2, "denominator")]
    [InlineData(0L, RateCounts.MaxCount + 1, 2, "denominator")]
    [InlineData(1L, 2L, -1, "decimals")]
    [InlineData(1L, 2L, RateCounts.MaxDecimals + 1, "decimals")]
    public void Counts_that_cannot_make_a_share_are_refused(long numerator, long denominator, int decimals, string parameter)
    {
        var create = () => new RateCounts(numerator, denominator, decimals);

        create.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void The_counts_read_as_a_fraction() => new RateCounts(12, 40).ToString().Should().Be("12/40");

    private static readonly Gen<(long Numerator, long Denominator, int Decimals)> SmallCounts =
        Gen.Long[1, 1_000_000].SelectMany(denominator => Gen.Long[0, denominator].Select(numerator => (numerator, denominator)))
            .Select(Gen.Int[0, 4], (counts, decimals) => (counts.numerator, counts.denominator, decimals));

    private static readonly Gen<(long Numerator, long Denominator, int Decimals)> AnyCounts =
        Gen.Long[1, RateCounts.MaxCount].SelectMany(denominator => Gen.Long[0, denominator].Select(numerator => (numerator, denominator)))
            .Select(Gen.Int[0, RateCounts.MaxDecimals], (counts, decimals) => (counts.numerator, counts.denominator, decimals));

    [Fact]
    public void A_rate_lies_between_0_and_100() =>
        AnyCounts.Sample(c => new RateCounts(c.Numerator, c.Denominator, c.Decimals).Rate is >= 0m and <= 100m);

    [Fact]   // small counts: decimal's 28 digits hold the quotient closely enough that one rounding of it is exact
    public void A_rate_is_the_exact_quotient_rounded_once() =>
        SmallCounts.Sample(c => new RateCounts(c.Numerator, c.Denominator, c.Decimals).Rate
            == Math.Round(c.Numerator * 100m / c.Denominator, c.Decimals, MidpointRounding.AwayFromZero));

    [Fact]   // any counts: half a step added, then cut, in arbitrary precision
    public void A_rate_of_large_counts_is_the_exact_quotient_rounded_once() =>
        AnyCounts.Sample(c =>
        {
            var scale = BigInteger.Pow(10, c.Decimals);
            var steps = (((BigInteger)c.Numerator * 200 * scale) + c.Denominator) / (2 * (BigInteger)c.Denominator);
            return new RateCounts(c.Numerator, c.Denominator, c.Decimals).Rate == (decimal)steps / (decimal)scale;
        });

    [Fact]
    public void A_rate_never_falls_as_the_numerator_grows() =>
        SmallCounts.Where(c => c.Numerator < c.Denominator).Sample(c =>
            new RateCounts(c.Numerator + 1, c.Denominator, c.Decimals).Rate >= new RateCounts(c.Numerator, c.Denominator, c.Decimals).Rate);

    [Fact]
    public void A_rate_is_rounded_exactly_when_the_quotient_has_more_decimals() =>
        SmallCounts.Sample(c =>
            new RateCounts(c.Numerator, c.Denominator, c.Decimals).IsRounded
            == (c.Numerator * 100 * (long)Math.Pow(10, c.Decimals) % c.Denominator != 0));
}
