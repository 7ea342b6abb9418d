using System.Globalization;

namespace KpiTargets;

// Writes the one-line explanation of an Assignment; kept apart so the rule stays small.
internal static class AssignmentExplanation
{
    public static string Describe(
        decimal? result2023,
        RateCounts? counts,
        Indicator indicator,
        AssignmentPolicy policy,
        TargetDecision decision,
        ExplanationLanguage language)
    {
        var vi = Guard.Defined(language, nameof(language)) == ExplanationLanguage.Vietnamese;
        var central = DecimalText.Shortest(indicator.CentralTarget);
        var centralWord = vi ? "chỉ tiêu TW" : "central";
        var takeCentral = vi ? $"lấy chỉ tiêu Trung ương {central}" : $"the central target {central}";
        if (result2023 is not { } result)
        {
            // From counts, only a denominator of 0 leaves no result: the fraction says why.
            var fraction = counts is null ? "" : $" ({counts})";
            return vi ? $"a) không có kết quả 2023{fraction}: {takeCentral}" : $"a) no 2023 result{fraction}: {takeCentral}";
        }

        var resultText = DecimalText.Shortest(result);

        // A result from counts is shown as computed from them; the arithmetic after it goes on from the rate.
        var from = counts is null ? resultText : $"{counts} {(counts.IsRounded ? "≈" : "=")} {resultText}";
        if (decision.Clause == RuleClause.A)
        {
            return $"a) {from} < {centralWord} {central}: {takeCentral}";
        }

        var uplift = policy.Mode == UpliftMode.Points
            ? $"{resultText} + {DecimalText.Shortest(policy.Uplift)}"
            : $"{resultText} × {DecimalText.Shortest(policy.RelativeFactor)}";
        var text = $"b) {from} ≥ {centralWord} {central}: {uplift} = {DecimalText.Shortest(decision.Raised)}";
        if (decision.Rounded != decision.Raised)
        {
            var rounded = DecimalText.Shortest(decision.Rounded);
            text += vi
                ? string.Create(CultureInfo.InvariantCulture, $", làm tròn {policy.Decimals} chữ số thập phân = {rounded}")
                : string.Create(CultureInfo.InvariantCulture, $", rounded to {policy.Decimals} decimal{(policy.Decimals == 1 ? "" : "s")} = {rounded}");
        }

        if (decision.IsCapped)
        {
            var maximum = DecimalText.Shortest(indicator.Maximum);
            text += vi ? $", giới hạn ở mức tối đa {maximum}" : $", capped at the maximum {maximum}";
        }

        if (decision.IsRaisedToCentral)
        {
            text += vi ? $", nâng lên bằng chỉ tiêu Trung ương {central}" : $", raised to the central target {central}";
        }

        return text;
    }
}
