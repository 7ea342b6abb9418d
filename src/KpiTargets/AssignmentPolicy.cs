namespace KpiTargets;

/// <summary>
/// The choices the appendix leaves open, each with the default this product documents. Change one with
/// <c>with</c>: <c>AssignmentPolicy.Default with { Mode = UpliftMode.Points }</c>.
/// </summary>
/// <remarks>Immutable; every setter checks its value, so <c>with</c> cannot create an invalid policy.</remarks>
public sealed record AssignmentPolicy
{
    /// <summary>The largest number of decimals a target may keep.</summary>
    public const int MaxDecimals = 10;

    /// <summary>The largest uplift accepted, in percent or points.</summary>
    public const decimal MaxUplift = 1000m;

    /// <summary>The policy used when none is given: relative 10 % uplift, 2 decimals, half away from zero, capped.</summary>
    public static AssignmentPolicy Default { get; } = new();

    /// <summary>The uplift of clause b, 10 by default: a percent of the result, or points, by <see cref="Mode"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="MaxUplift"/>.</exception>
    public decimal Uplift
    {
        get;
        init
        {
            field = Guard.InRange(value, 0m, MaxUplift, nameof(Uplift));
            RelativeFactor = 1m + (value / 100m);
        }
    } = 10m;

    // The relative reading of "tăng thêm 10%": the result times 1 + Uplift / 100 (1.1 by default), the factor the
    // explanation shows; set with the uplift, since every decision of a run uses it.
    internal decimal RelativeFactor { get; private init; } = 1m + (10m / 100m);

    /// <summary>How the uplift is applied; <see cref="UpliftMode.Relative"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="UpliftMode"/>.</exception>
    public UpliftMode Mode
    {
        get;
        init => field = Guard.Defined(value, nameof(Mode));
    } = UpliftMode.Relative;

    /// <summary>Decimals kept in a computed target, 2 by default (0 to <see cref="MaxDecimals"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="MaxDecimals"/>.</exception>
    public int Decimals
    {
        get;
        init => field = Guard.InRange(value, 0, MaxDecimals, nameof(Decimals));
    } = 2;

    /// <summary>
    /// How a computed target is rounded to <see cref="Decimals"/>; <see cref="MidpointRounding.AwayFromZero"/> by
    /// default (49.665 → 49.67), as people round by hand, rather than .NET's default to even (49.665 → 49.66).
    /// The directed modes (<see cref="MidpointRounding.ToZero"/> and the infinities) round every value, not only
    /// midpoints, which is what <c>decimal.Round</c> does with them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="MidpointRounding"/>.</exception>
    public MidpointRounding Rounding
    {
        get;
        init => field = Guard.Defined(value, nameof(Rounding));
    } = MidpointRounding.AwayFromZero;

    /// <summary>
    /// Whether a computed target above the indicator's maximum is lowered to it (104.5 → 100 for a percentage);
    /// <see langword="true"/> by default, because a share above 100 % cannot be reached.
    /// </summary>
    public bool CapAtMaximum { get; init; } = true;
}
