using System.Globalization;

namespace KpiTargets;

/// <summary>Writes the one-line explanation of an <see cref="Assignment"/>; kept apart so the rule stays small.</summary>
internal static class AssignmentExplanation
{
    public static string Describe(decimal? result2023, Indicator indicator, AssignmentPolicy policy, TargetDecision decision)
    {
        var central = DecimalText.Shortest(indicator.CentralTarget);
        if (result2023 is not { } result)
        {
            return $"a) no 2023 result: the central target {central}";
        }

        var resultText = DecimalText.Shortest(result);
        if (decision.Clause == RuleClause.A)
        {
            return $"a) {resultText} < central {central}: the central target {central}";
        }

        var uplift = policy.Mode == UpliftMode.Points
            ? $"{resultText} + {DecimalText.Shortest(policy.Uplift)}"
            : $"{resultText} × {DecimalText.Shortest(1m + (policy.Uplift / 100m))}";
        var text = $"b) {resultText} ≥ central {central}: {uplift} = {DecimalText.Shortest(decision.Raised)}";
        if (decision.Rounded != decision.Raised)
        {
            text += string.Create(
                CultureInfo.InvariantCulture,
                $", rounded to {policy.Decimals} decimal{(policy.Decimals == 1 ? "" : "s")} = {DecimalText.Shortest(decision.Rounded)}");
        }

        if (decision.IsCapped)
        {
            text += $", capped at the maximum {DecimalText.Shortest(indicator.Maximum)}";
        }

        if (decision.IsRaisedToCentral)
        {
            text += $", raised to the central target {central}";
        }

        return text;
    }
}
