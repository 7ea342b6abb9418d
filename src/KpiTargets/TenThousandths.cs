namespace KpiTargets;

/// <summary>
/// A decimal as a whole number of ten-thousandths, when it is exactly one and small: percentages with up to four
/// decimals are, and in that form the rule compares with integer instructions instead of decimal arithmetic.
/// </summary>
internal static class TenThousandths
{
    /// <summary>The decimals a value may have to be held exactly.</summary>
    public const int Scale = 4;

    private static ReadOnlySpan<long> Powers => [1, 10, 100, 1_000, 10_000];

    /// <summary>
    /// The value times 10⁴, when it has at most <see cref="Scale"/> decimals and its digits fit 32 bits, so that any
    /// such number times 10⁴ stays far inside a long.
    /// </summary>
    public static bool TryFrom(decimal value, out long scaled)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[2] != 0 || bits[1] != 0 || scale > Scale)
        {
            scaled = 0;
            return false;
        }

        var magnitude = (uint)bits[0] * Powers[Scale - scale];
        scaled = bits[3] < 0 ? -magnitude : magnitude;
        return true;
    }
}
