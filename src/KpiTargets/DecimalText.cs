using System.Globalization;

namespace KpiTargets;

/// <summary>
/// Writes decimals the way the product shows every number: invariant culture, shortest form.
/// </summary>
/// <remarks>
/// <c>decimal</c> keeps the scale of its operands (<c>45m * 1.1m</c> is <c>49.50</c>), so formatting with the
/// default format would leak trailing zeros into outputs and explanations. This writes <c>49.5</c>, <c>100</c>,
/// <c>68.75</c>, and never uses the current culture, whose decimal mark is a comma under <c>vi-VN</c>.
/// </remarks>
public static class DecimalText
{
    /// <summary>Formats <paramref name="value"/> in invariant culture without trailing zeros.</summary>
    /// <param name="value">Any decimal; negative values keep their sign.</param>
    /// <returns>For example <c>"49.5"</c> for <c>49.50m</c>, <c>"100"</c> for <c>100.00m</c>.</returns>
    public static string Shortest(decimal value)
    {
        // The general format keeps the scale (49.50) but never uses an exponent, so trimming the zeros after the
        // point gives the shortest form; it is several times faster than a custom format of 28 optional digits.
        Span<char> buffer = stackalloc char[64];
        value.TryFormat(buffer, out var length, default, CultureInfo.InvariantCulture);
        var text = buffer[..length];
        if (text.Contains('.'))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text is "-0" ? "0" : new string(text);
    }
}
