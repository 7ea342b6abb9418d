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
    // 28 optional digits: the most a decimal can carry after the point.
    private const string ShortestFormat = "0.############################";

    /// <summary>Formats <paramref name="value"/> in invariant culture without trailing zeros.</summary>
    /// <param name="value">Any decimal; negative values keep their sign.</param>
    /// <returns>For example <c>"49.5"</c> for <c>49.50m</c>, <c>"100"</c> for <c>100.00m</c>.</returns>
    public static string Shortest(decimal value) => value.ToString(ShortestFormat, CultureInfo.InvariantCulture);
}
