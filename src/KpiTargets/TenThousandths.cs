namespace KpiTargets;

/// <summary>
/// A decimal as a whole number of ten-thousandths: percentages with up to four decimals are one, and in that form the
/// rule compares with integer instructions instead of decimal arithmetic.
/// </summary>
internal static class TenThousandths
{
    /// <summary>The decimals a value may have to be held exactly.</summary>
    public const int Scale = 4;

    // 10¹⁶ ten-thousandths: every bound an indicator can have (10¹²), far inside a long.
    private const long MaxMagnitude = 10_000_000_000_000_000;

    /// <summary>
    /// The value times 10⁴, when that is a whole number of at most 10¹⁶. Depends only on the value, never on the
    /// trailing zeros it carries (<c>100</c> and <c>100.00000</c> give the same answer), so that values that are equal
    /// stay equal in this form.
    /// </summary>
    public static bool TryFrom(decimal value, out long scaled)
    {
        scaled = 0;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;

        // The everyday value, a percentage with a few decimals, in 64-bit arithmetic.
        if (bits[2] == 0 && bits[1] == 0 && scale <= Scale)
        {
            var small = (long)(uint)bits[0] * SmallPowers[Scale - scale];
            scaled = bits[3] < 0 ? -small : small;
            return true;
        }

        var digits = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        UInt128 magnitude;
        if (scale <= Scale)
        {
            magnitude = digits * PowerOfTen(Scale - scale);
        }
        else
        {
            var divisor = PowerOfTen(scale - Scale);
            if (digits % divisor != 0)
            {
                return false;
            }

            magnitude = digits / divisor;
        }

        if (magnitude > MaxMagnitude)
        {
            return false;
        }

        scaled = bits[3] < 0 ? -(long)magnitude : (long)magnitude;
        return true;
    }

    private static ReadOnlySpan<long> SmallPowers => [1, 10, 100, 1_000, 10_000];

    private static UInt128 PowerOfTen(int exponent)
    {
        UInt128 power = 1;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10;
        }

        return power;
    }
}
