namespace KpiTargets;

/// <summary>The clause of the appendix's rule (section 1, "Nguyên tắc thực hiện chỉ tiêu") that set a target.</summary>
public enum RuleClause
{
    /// <summary>Clause a): the 2023 result is lower than the central target ("nhỏ hơn"), or missing; the target is the central target.</summary>
    A,

    /// <summary>Clause b): the 2023 result equals or exceeds the central target ("bằng hoặc lớn hơn"); the target is the result plus the uplift.</summary>
    B,
}
