namespace KpiTargets;

/// <summary>
/// What the rule decided for one result, with every intermediate value a reviewer needs to redo the arithmetic.
/// A small value type, so deciding allocates nothing.
/// </summary>
/// <param name="Target">The 2024 target.</param>
/// <param name="Clause">The clause that set it.</param>
/// <param name="Raised">Clause b only: the result after the uplift, before rounding (<c>49.665</c> for 45.15); 0 in clause a.</param>
/// <param name="Rounded">Clause b only: <see cref="Raised"/> rounded to the policy's decimals; 0 in clause a.</param>
/// <param name="IsCapped">Clause b only: the rounded value was above the indicator's maximum and was lowered to it.</param>
/// <param name="IsRaisedToCentral">
/// Clause b only: rounding took the value below the central target and it was raised back to it (possible only
/// when the central target has more decimals than the policy keeps).
/// </param>
/// <param name="HasNoBaseline">Clause a only: there was no 2023 result, so the central target applies by default.</param>
public readonly record struct TargetDecision(
    decimal Target,
    RuleClause Clause,
    decimal Raised,
    decimal Rounded,
    bool IsCapped,
    bool IsRaisedToCentral,
    bool HasNoBaseline);
