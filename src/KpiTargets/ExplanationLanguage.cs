namespace KpiTargets;

/// <summary>The language of <see cref="Assignment.ExplainIn"/>; numbers are written the same way in both.</summary>
public enum ExplanationLanguage
{
    /// <summary>English, the default of <see cref="Assignment.Explanation"/>.</summary>
    English,

    /// <summary>Vietnamese, the language of the plan.</summary>
    Vietnamese,
}
