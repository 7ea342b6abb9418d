using System.Globalization;

namespace KpiTargets;

/// <summary>
/// Writes decimals the way the product shows every number: invariant culture, shortest form.
/// </summary>
/// <remarks>
/// <c>decimal</c> keeps the scale of its operands (<c>45.0m * 1.1m</c> is <c>49.50</c>), so formatting with the
/// default format would leak trailing zeros into outputs and explanations. This writes <c>49.5</c>, <c>100</c>,
/// <c>68.75</c>, and never uses the current culture, whose decimal mark is a comma under <c>vi-VN</c>.
/// </remarks>
public static class DecimalText
{
    /// <summary>Formats <paramref name="value"/> in invariant culture without trailing zeros.</summary>
    /// <param name="value">Any decimal; negative values keep their sign.</param>
    /// <returns>For example <c>"49.5"</c> for <c>49.50m</c>, <c>"100"</c> for <c>100.00m</c>; never an exponent, never <c>"-0"</c>.</returns>
    public static string Shortest(decimal value)
    {
        // The general format never uses an exponent but keeps the scale (49.50): the zeros after the point go.
        Span<char> buffer = stackalloc char[MaxLength];
        value.TryFormat(buffer, out var length, default, CultureInfo.InvariantCulture);
        ReadOnlySpan<char> text = buffer[..length];
        if (text.Contains('.'))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        // A negative zero (-0.00) is still zero.
        return text is "-0" ? "0" : new string(text);
    }

    // A sign, 29 digits and a point: the longest text of a decimal.
    private const int MaxLength = 31;
}
