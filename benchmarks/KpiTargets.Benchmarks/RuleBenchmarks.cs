using BenchmarkDotNet.Attributes;

namespace KpiTargets.Benchmarks;

/// <summary>The rule alone: one decision per clause, to show it allocates nothing and costs nanoseconds.</summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private readonly Indicator _payments = IndicatorCatalog.BinhSon2024.Find("1");
    private readonly Indicator _satisfaction = IndicatorCatalog.BinhSon2024.Find("8");
    private readonly AssignmentPolicy _policy = AssignmentPolicy.Default;

    [Benchmark(Description = "clause a: below the central target")]
    public TargetDecision BelowCentral() => TargetRule.Decide(_payments, 40m, _policy);

    [Benchmark(Description = "clause b: uplift and rounding at a midpoint")]
    public TargetDecision UpliftAndRound() => TargetRule.Decide(_payments, 45.15m, _policy);

    [Benchmark(Description = "clause b: capped at the maximum")]
    public TargetDecision Capped() => TargetRule.Decide(_satisfaction, 95m, _policy);

    [Benchmark(Description = "no 2023 result")]
    public TargetDecision NoResult() => TargetRule.Decide(_payments, null, _policy);
}
