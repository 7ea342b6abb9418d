using CsCheck;

namespace KpiTargets.Tests;

/// <summary>Targets as handed on, set against a period's actuals: status, gap, the summary and the ranking.</summary>
public sealed class ProgressTests
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.BinhSon2024;
    private static readonly Indicator Payments = Catalog.Find("1");   // central 45, 0 to 100
    private static readonly Indicator Online = Catalog.Find("2");     // central 50

    private static readonly Gen<decimal?> Results =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 10000], (dice, hundredths) => dice == 0 ? (decimal?)null : hundredths / 100m);

    // Every policy assign offers: the uplift and its mode, decimals, rounding, and the cap on or off (--no-cap).
    private static readonly Gen<AssignmentPolicy> Policies = Gen.Select(
        Gen.Int[0, 100], Gen.Bool, Gen.Int[0, 4], Gen.Bool, Gen.Bool,
        (halfSteps, points, decimals, toEven, cap) => new AssignmentPolicy
        {
            Uplift = halfSteps / 2m,
            Mode = points ? UpliftMode.Points : UpliftMode.Relative,
            Decimals = decimals,
            Rounding = toEven ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero,
            CapAtMaximum = cap,
        });

    [Fact]
    public void Every_assignment_the_rule_makes_under_any_policy_is_a_target_the_record_accepts() =>
        Gen.Select(Gen.Int[0, Catalog.Indicators.Count - 1], Results, Policies)
            .Sample((index, result, policy) =>
            {
                var assignment = TargetRule.Assign("Xã Bình Châu", Catalog.Indicators[index], result, policy);
                var target = AssignedTarget.From(assignment);
                return target.Target2024 == assignment.Target2024 && target.Clause == assignment.Clause
                    && target.IsCapped == assignment.IsCapped && target.HasNoBaseline == assignment.HasNoBaseline;
            });

    [Theory]
    [InlineData("40", "50", "a", false, "Clause a gives the central target 45, not 50.")]
    [InlineData("50", "45", "a", false, "Clause a needs a result below the central target 45, not 50.")]
    [InlineData("40", "45", "b", false, "Clause b needs a result at or above the central target 45.")]
    [InlineData("", "55", "b", false, "Clause b needs a result at or above the central target 45.")]
    [InlineData("50", "44", "b", false, "The target 44 is below the central target 45 of indicator 1, which the rule never goes below.")]
    [InlineData("95", "101", "b", true, "A capped target is the indicator's maximum 100, not 101.")]
    [InlineData("95", "99", "b", true, "A capped target is the indicator's maximum 100, not 99.")]
    [InlineData("40", "45", "a", true, "Only clause b can lower a target to the indicator's maximum.")]
    [InlineData("101", "100", "b", true, "The result 101 is outside the bounds of indicator 1 (0 to 100).")]
    public void A_record_no_policy_could_write_is_refused_with_the_reason(string result, string target, string clause, bool capped, string reason)
    {
        var act = () => new AssignedTarget(
            "Xã Bình Châu", Payments, result.Length == 0 ? null : decimal.Parse(result, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), clause == "a" ? RuleClause.A : RuleClause.B, capped);

        act.Should().Throw<ArgumentException>().WithMessage(reason + "*");
    }

    [Theory]
    [InlineData("40", "50", "a", false, "Điểm a giao đúng chỉ tiêu Trung ương 45, không phải 50.")]
    [InlineData("50", "45", "a", false, "Điểm a chỉ áp dụng cho kết quả nhỏ hơn chỉ tiêu Trung ương 45, không phải 50.")]
    [InlineData("", "55", "b", false, "Điểm b chỉ áp dụng cho kết quả bằng hoặc lớn hơn chỉ tiêu Trung ương 45.")]
    [InlineData("50", "44", "b", false, "Chỉ tiêu giao 44 thấp hơn chỉ tiêu Trung ương 45 của chỉ tiêu 1, mức mà nguyên tắc giao không bao giờ cho thấp hơn.")]
    [InlineData("95", "99", "b", true, "Chỉ tiêu bị giới hạn phải bằng mức tối đa 100 của chỉ tiêu, không phải 99.")]
    [InlineData("40", "45", "a", true, "Chỉ điểm b mới có thể hạ chỉ tiêu xuống mức tối đa của chỉ tiêu.")]
    [InlineData("101", "100", "b", true, "Kết quả 101 nằm ngoài giới hạn của chỉ tiêu 1 (0 đến 100).")]
    [InlineData("50", "55", "b", false, null)]
    public void The_reason_a_record_is_refused_is_told_in_vietnamese_too(string result, string target, string clause, bool capped, string? reason) =>
        AssignedTarget.FindContradiction(
                Payments, result.Length == 0 ? null : decimal.Parse(result, System.Globalization.CultureInfo.InvariantCulture),
                decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), clause == "a" ? RuleClause.A : RuleClause.B, capped,
                ExplanationLanguage.Vietnamese)
            .Should().Be(reason);

    [Fact]
    public void A_target_made_with_another_uplift_is_still_accepted()
    {
        // 60 × 1.2 = 72: not what the default 10 % gives, but a policy could; only what no policy writes is refused.
        var target = new AssignedTarget("Xã Bình Châu", Payments, 60m, 72m, RuleClause.B, isCapped: false);

        target.HasNoBaseline.Should().BeFalse();
        target.CentralTarget.Should().Be(45m);
    }

    [Theory]
    [InlineData("55", "50", "5", ProgressStatus.Met)]
    [InlineData("50", "50", "0", ProgressStatus.Met)]
    [InlineData("49.99", "50", "-0.01", ProgressStatus.Behind)]
    [InlineData("0", "50", "-50", ProgressStatus.Behind)]
    public void Status_and_gap_compare_the_actual_with_the_target(string actual, string target, string gap, ProgressStatus status)
    {
        var progress = new TargetProgress(Target("Xã Bình Châu", Online, decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture)),
            decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture));

        progress.Status.Should().Be(status);
        DecimalText.Shortest(progress.Gap!.Value).Should().Be(gap);
    }

    [Fact]
    public void A_missing_actual_is_no_data_never_zero()
    {
        var progress = new TargetProgress(Target("Xã Bình Châu", Online, 50m), null);

        progress.Status.Should().Be(ProgressStatus.NoData);
        progress.Gap.Should().BeNull();
    }

    [Fact]
    public void An_actual_outside_the_bounds_is_refused()
    {
        var act = () => new TargetProgress(Target("Xã Bình Châu", Online, 50m), 100.5m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The actual 100.5 is outside the bounds of indicator 2 (0 to 100).*");
    }

    [Fact]
    public void The_summary_counts_each_status_and_takes_the_median_gap_per_indicator()
    {
        TargetProgress[] progress =
        [
            new(Target("A", Payments, 45m), 50m),     // met, +5
            new(Target("B", Payments, 45m), 40m),     // behind, -5
            new(Target("C", Payments, 45m), 46m),     // met, +1
            new(Target("D", Payments, 45m), null),    // no data
            new(Target("A", Online, 50m), 49m),       // behind, -1
            new(Target("B", Online, 50m), 52m),       // met, +2
        ];

        var summary = ProgressSummary.ByIndicator(progress);

        summary.Should().Equal(
            new IndicatorProgress(Payments, Met: 2, Behind: 1, NoData: 1, MedianGap: 1m),
            new IndicatorProgress(Online, Met: 1, Behind: 1, NoData: 0, MedianGap: 0.5m));
        summary[0].Units.Should().Be(4);
    }

    [Fact]
    public void An_indicator_without_any_actual_has_no_median_gap() =>
        ProgressSummary.ByIndicator([new TargetProgress(Target("A", Payments, 45m), null)])
            .Single().MedianGap.Should().BeNull();

    [Fact]
    public void Units_rank_by_indicators_met_then_fewer_not_met_and_ties_share_a_rank()
    {
        TargetProgress[] progress =
        [
            new(Target("A", Payments, 45m), 40m), new(Target("A", Online, 50m), null),   // 0 met, 1 behind, 1 no data
            new(Target("B", Payments, 45m), 50m), new(Target("B", Online, 50m), 40m),    // 1 met, 1 behind
            new(Target("C", Payments, 45m), 50m), new(Target("C", Online, 50m), null),   // 1 met, 1 no data: not above B
            new(Target("D", Payments, 45m), 50m), new(Target("D", Online, 50m), 50m),    // 2 met
            new(Target("E", Payments, 45m), null), new(Target("E", Online, 50m), null),  // 0 met, 2 no data
            new(Target("F", Payments, 45m), 46m),                                        // 1 met of its only one
        ];

        ProgressSummary.RankUnits(progress).Should().Equal(
            new UnitStanding(1, "D", 2, 0, 0),
            new UnitStanding(2, "F", 1, 0, 0),
            new UnitStanding(3, "B", 1, 1, 0),
            new UnitStanding(3, "C", 1, 0, 1),
            new UnitStanding(5, "A", 0, 1, 1),
            new UnitStanding(5, "E", 0, 0, 2));
    }

    [Fact]
    public void Units_are_told_apart_as_the_given_comparer_tells_them() =>
        ProgressSummary.RankUnits(
            [new TargetProgress(Target("Xã Bình Châu", Payments, 45m), 50m), new TargetProgress(Target("xã bình châu", Online, 50m), 50m)],
            StringComparer.OrdinalIgnoreCase)
            .Should().Equal(new UnitStanding(1, "Xã Bình Châu", 2, 0, 0));

    [Fact]
    public void Counts_in_the_summary_add_up_to_the_progress_entries() =>
        Gen.Select(Gen.Int[0, 3], Results).Array[0, 60].Sample(entries =>
        {
            var progress = entries.Select((entry, i) =>
                new TargetProgress(Target($"Unit {i % 7}", Catalog.Indicators[entry.Item1], Catalog.Indicators[entry.Item1].CentralTarget), entry.Item2)).ToList();
            return ProgressSummary.ByIndicator(progress).Sum(x => x.Units) == progress.Count
                && ProgressSummary.RankUnits(progress).Sum(x => x.Indicators) == progress.Count;
        });

    // A clause-b target (or clause a when it is the central target) with a result that makes it one the rule could give.
    private static AssignedTarget Target(string unit, Indicator indicator, decimal target) =>
        target == indicator.CentralTarget
            ? new AssignedTarget(unit, indicator, indicator.CentralTarget - 1, target, RuleClause.A, isCapped: false)
            : new AssignedTarget(unit, indicator, indicator.CentralTarget, target, RuleClause.B, isCapped: false);
}
