namespace KpiTargets;

/// <summary>One unit's place in the ranking of a period: how many of its indicators it met.</summary>
/// <param name="Rank">1 for the units that met most; units that tie share a rank and the next rank skips (1, 2, 2, 4).</param>
/// <param name="Unit">The unit's name as its first target gives it.</param>
/// <param name="Met">Indicators whose target the unit met.</param>
/// <param name="Behind">Indicators on which it is behind.</param>
/// <param name="NoData">Indicators without an actual.</param>
public sealed record UnitStanding(int Rank, string Unit, int Met, int Behind, int NoData)
{
    /// <summary>Indicators the unit has a target on.</summary>
    public int Indicators => Met + Behind + NoData;
}
