using System.Globalization;

namespace KpiTargets;

/// <summary>
/// The two counts a unit's 2023 result is computed from, and that result: numerator ÷ denominator × 100, rounded to
/// <see cref="Decimals"/> half away from zero, as the national service-index dashboards (Decision 766/QĐ-TTg) report
/// a share (1/800 → 0.13, 2/3 → 66.67). A denominator of 0 gives no result, never 0.
/// </summary>
/// <remarks>
/// Immutable; the rate is computed once, when the counts are given, so every view of it (the target, the
/// explanation, an output's <c>result_2023</c>) reads the same number. Counts are whole numbers from 0 to
/// <see cref="MaxCount"/>, the numerator never above the denominator: data that breaks this is a problem for the
/// files layer to report with its line before it gets here. Equality is by value over the counts and the decimals.
/// </remarks>
public sealed record RateCounts
{
    /// <summary>The decimals a rate keeps unless told otherwise: 2, as the dashboards show shares.</summary>
    public const int DefaultDecimals = 2;

    /// <summary>The largest number of decimals a rate may keep.</summary>
    public const int MaxDecimals = 10;

    /// <summary>The largest count accepted (10¹⁸, within <see cref="long"/>): far beyond any office's dossiers.</summary>
    public const long MaxCount = 1_000_000_000_000_000_000;

    /// <summary>Takes the counts and computes their rate.</summary>
    /// <param name="numerator">What the share counts, for example dossiers received online.</param>
    /// <param name="denominator">What it is a share of, for example all dossiers received.</param>
    /// <param name="decimals">The decimals the rate keeps, 0 to <see cref="MaxDecimals"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative or above <see cref="MaxCount"/>, the numerator is above the denominator, or the decimals
    /// are out of range.
    /// </exception>
    public RateCounts(long numerator, long denominator, int decimals = DefaultDecimals)
    {
        Guard.InRange(denominator, 0, MaxCount, nameof(denominator));
        Guard.InRange(numerator, 0, denominator, nameof(numerator));
        Decimals = Guard.InRange(decimals, 0, MaxDecimals, nameof(decimals));
        Numerator = numerator;
        Denominator = denominator;
        if (denominator > 0)
        {
            (Rate, IsRounded) = Share(numerator, denominator, decimals);
        }
    }

    /// <summary>The numerator count.</summary>
    public long Numerator { get; }

    /// <summary>The denominator count; 0 means there is nothing to take a share of.</summary>
    public long Denominator { get; }

    /// <summary>The decimals <see cref="Rate"/> is rounded to.</summary>
    public int Decimals { get; }

    /// <summary>
    /// The 2023 result in percent: <see cref="Numerator"/> ÷ <see cref="Denominator"/> × 100 rounded to
    /// <see cref="Decimals"/> half away from zero; <see langword="null"/> when the denominator is 0.
    /// </summary>
    public decimal? Rate { get; }

    /// <summary>Whether rounding changed the rate (2/3 gives 66.67, not 66.666…); false when it is exact (12/40 = 30).</summary>
    public bool IsRounded { get; }

    /// <summary>The counts as a fraction, <c>12/40</c>, in invariant digits.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");

    // The exact quotient rounded once, in integers: decimal division would round it to 28 digits first, and a quotient
    // such as 0.124999…(many 9s) could then round up twice. Int128 holds 2 × 10¹⁸ × 100 × 10¹⁰ with room to spare.
    private static (decimal Rate, bool IsRounded) Share(long numerator, long denominator, int decimals)
    {
        var scale = Int128.One;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        var scaled = (Int128)numerator * 100 * scale;
        var (units, remainder) = Int128.DivRem(scaled, denominator);

        // Half away from zero: a remainder of at least half the denominator rounds up (counts are never negative).
        // The rounded value is at most 100 × 10¹⁰, and dividing it by a power of ten is exact in decimal.
        var rounded = remainder * 2 >= denominator ? units + 1 : units;
        return ((long)rounded / (decimal)(long)scale, remainder != 0);
    }
}
