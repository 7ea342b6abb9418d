namespace KpiTargets;

/// <summary>How clause b's "phấn đấu tăng thêm 10%" (strive for 10% more) is read; the text leaves it open.</summary>
public enum UpliftMode
{
    /// <summary>Relative: the result grows by the uplift percent of itself, <c>result × (1 + uplift / 100)</c>. The default.</summary>
    Relative,

    /// <summary>Percentage points: the uplift is added, <c>result + uplift</c>.</summary>
    Points,
}
