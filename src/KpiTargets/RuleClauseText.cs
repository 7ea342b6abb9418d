namespace KpiTargets;

/// <summary>The letters the appendix uses for its clauses.</summary>
public static class RuleClauseText
{
    /// <summary>The clause's letter as the appendix writes it: <c>"a"</c> or <c>"b"</c>.</summary>
    /// <param name="clause">A defined clause.</param>
    /// <returns><c>"a"</c> for <see cref="RuleClause.A"/>, <c>"b"</c> for <see cref="RuleClause.B"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The clause is not defined.</exception>
    public static string Letter(this RuleClause clause) => clause switch
    {
        RuleClause.A => "a",
        RuleClause.B => "b",
        _ => throw new ArgumentOutOfRangeException(nameof(clause), clause, "Not a defined RuleClause."),
    };
}
