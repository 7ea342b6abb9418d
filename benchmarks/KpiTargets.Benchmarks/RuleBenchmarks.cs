using BenchmarkDotNet.Attributes;

namespace KpiTargets.Benchmarks;

/// <summary>
/// The rule alone: one decision per clause (a, b with rounding, b capped, no result), to show it allocates nothing,
/// and a realistic mix (every catalog indicator, 0 to 2 decimals, 5 % without a result) reported per decision.
/// </summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private const int MixSize = 1_000;

    private readonly (Indicator Indicator, decimal? Result)[] _mix = Mix();
    private readonly Indicator _payments = IndicatorCatalog.BinhSon2024.Find("1");
    private readonly Indicator _satisfaction = IndicatorCatalog.BinhSon2024.Find("8");
    private readonly AssignmentPolicy _policy = AssignmentPolicy.Default;

    // Fields set at setup, not literals, so that no argument is a constant the compiler could fold.
    private decimal? _belowCentral;
    private decimal? _midpoint;
    private decimal? _aboveMaximum;
    private decimal? _noResult;

    [GlobalSetup]
    public void Setup()
    {
        _belowCentral = 40m;
        _midpoint = 45.15m;
        _aboveMaximum = 95m;
        _noResult = null;
    }

    [Benchmark(Description = "clause a: below the central target")]
    public TargetDecision BelowCentral() => TargetRule.Decide(_payments, _belowCentral, _policy);

    [Benchmark(Description = "clause b: uplift and rounding at a midpoint")]
    public TargetDecision UpliftAndRound() => TargetRule.Decide(_payments, _midpoint, _policy);

    [Benchmark(Description = "clause b: capped at the maximum")]
    public TargetDecision Capped() => TargetRule.Decide(_satisfaction, _aboveMaximum, _policy);

    [Benchmark(Description = "no 2023 result")]
    public TargetDecision NoResult() => TargetRule.Decide(_payments, _noResult, _policy);

    [Benchmark(Description = "a mix of 1,000 results, per decision", OperationsPerInvoke = MixSize)]
    public decimal Mixed()
    {
        // The last target is returned so that no decision can be optimised away.
        var last = 0m;
        foreach (var (indicator, result) in _mix)
        {
            last = TargetRule.Decide(indicator, result, _policy).Target;
        }

        return last;
    }

    // Deterministic, like the input generator: results of 0 to 100 with 0 to 2 decimals, one in twenty missing.
    private static (Indicator, decimal?)[] Mix()
    {
        var random = new Random(2024);
        var indicators = IndicatorCatalog.BinhSon2024.Indicators;
        return [.. Enumerable.Range(0, MixSize).Select(i =>
        {
            var decimals = (byte)random.Next(3);
            var digits = random.Next(0, (100 * (int)Math.Pow(10, decimals)) + 1);
            return (indicators[i % indicators.Count], random.Next(20) == 0 ? (decimal?)null : new decimal(digits, 0, 0, false, decimals));
        })];
    }
}
