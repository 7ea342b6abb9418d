using System.Runtime.CompilerServices;

namespace KpiTargets;

/// <summary>
/// <see cref="TargetRule.Decide"/> for the everyday case in integer arithmetic: a relative uplift rounded half away
/// from zero, an indicator whose bounds and central target have at most four decimals, and a non-negative result with
/// at most four decimals. Gives the very decision the decimal arithmetic gives, the decimals' scales included (the
/// tests compare the two bit for bit); anything else, including an out-of-bounds result, is left to it.
/// </summary>
/// <remarks>
/// The decimal form costs five comparisons of operands with different scales, a multiplication and a rounding: about
/// 50 ns. Here the result is compared in ten-thousandths (<see cref="TenThousandths"/>); the uplift multiplies the
/// result's digits by the factor's, which is exactly what decimal multiplication does below 2⁹⁶; rounding divides by
/// a power of ten.
/// </remarks>
internal static class ScaledIntegerRule
{
    // The product's digits must stay below this so that, in ten-thousandths, it still fits a long.
    private const ulong MaxProduct = long.MaxValue / 10_000;

    private static ReadOnlySpan<ulong> Powers =>
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
    ];

    // Inlined into TargetRule.Decide: passing the 56-byte decision out of a call cost as much as the arithmetic
    // (clause a 22 -> 13 ns, clause b 26 -> 17 ns).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryDecide(Indicator indicator, decimal result, AssignmentPolicy policy, out TargetDecision decision)
    {
        decision = default;
        ref readonly var bounds = ref indicator.InTenThousandths;
        if (!bounds.IsExact
            || policy.Mode != UpliftMode.Relative
            || policy.Rounding != MidpointRounding.AwayFromZero
            || policy.Decimals > TenThousandths.Scale)
        {
            return false;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(result, bits);
        var resultScale = (bits[3] >> 16) & 0xFF;
        if (bits[3] < 0 || bits[2] != 0 || bits[1] != 0 || resultScale > TenThousandths.Scale)
        {
            return false;
        }

        var digits = (uint)bits[0];
        var scaled = (long)(digits * Powers[TenThousandths.Scale - resultScale]);
        if (scaled < bounds.Minimum || scaled > bounds.Maximum)
        {
            return false;
        }

        if (scaled < bounds.Central)
        {
            decision = new(indicator.CentralTarget, RuleClause.A, 0m, 0m, IsCapped: false, IsRaisedToCentral: false, HasNoBaseline: false);
            return true;
        }

        // Read from the factor each time rather than kept in the policy: policies equal by value (10 and 10.00) keep
        // different scales, which decimal multiplication passes on to the raised value.
        decimal.GetBits(policy.RelativeFactor, bits);
        var raisedScale = resultScale + ((bits[3] >> 16) & 0xFF);
        if (bits[2] != 0 || bits[1] != 0 || raisedScale >= Powers.Length)
        {
            return false;
        }

        var product = (ulong)digits * (uint)bits[0];
        if (product > MaxProduct)
        {
            return false;
        }

        var raised = new decimal((int)product, (int)(product >> 32), 0, isNegative: false, (byte)raisedScale);
        var rounded = raised;
        var roundedDigits = product;
        var roundedScale = raisedScale;
        if (raisedScale > policy.Decimals)
        {
            var dropped = raisedScale - policy.Decimals;
            var divisor = Powers[dropped];

            // A division by a constant compiles to a multiplication; one or two digits are dropped in practice.
            roundedDigits = dropped switch
            {
                1 => product / 10,
                2 => product / 100,
                _ => product / divisor,
            };
            if ((product - (roundedDigits * divisor)) * 2 >= divisor)
            {
                roundedDigits++;
            }

            roundedScale = policy.Decimals;
            rounded = new decimal((int)roundedDigits, (int)(roundedDigits >> 32), 0, isNegative: false, (byte)roundedScale);
        }

        var roundedScaled = (long)(roundedDigits * Powers[TenThousandths.Scale - roundedScale]);
        var isCapped = policy.CapAtMaximum && roundedScaled > bounds.Maximum;
        var isRaisedToCentral = (isCapped ? bounds.Maximum : roundedScaled) < bounds.Central;
        var target = isRaisedToCentral ? indicator.CentralTarget : isCapped ? indicator.Maximum : rounded;
        decision = new(target, RuleClause.B, raised, rounded, isCapped, isRaisedToCentral, HasNoBaseline: false);
        return true;
    }
}
