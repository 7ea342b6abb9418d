using System.Globalization;
using System.Text;

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
    /// <summary>The most bytes <see cref="TryWriteShortest"/> needs: a sign, 29 digits and a point.</summary>
    public const int MaxLength = 31;

    /// <summary>Formats <paramref name="value"/> in invariant culture without trailing zeros.</summary>
    /// <param name="value">Any decimal; negative values keep their sign.</param>
    /// <returns>For example <c>"49.5"</c> for <c>49.50m</c>, <c>"100"</c> for <c>100.00m</c>.</returns>
    public static string Shortest(decimal value)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        TryWriteShortest(value, buffer, out var length);
        return Encoding.ASCII.GetString(buffer[..length]);
    }

    /// <summary>
    /// Writes <see cref="Shortest"/>'s text of <paramref name="value"/> as UTF-8 (ASCII) bytes, without allocating:
    /// for writers that produce bytes directly.
    /// </summary>
    /// <param name="value">Any decimal.</param>
    /// <param name="utf8Destination">Where to write; <see cref="MaxLength"/> bytes always suffice.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <returns><see langword="false"/> when the destination is too short; nothing useful is written then.</returns>
    public static bool TryWriteShortest(decimal value, Span<byte> utf8Destination, out int bytesWritten)
    {
        // The general format keeps the scale (49.50) but never uses an exponent, so trimming the zeros after the
        // point gives the shortest form; it is several times faster than a custom format of 28 optional digits.
        if (!value.TryFormat(utf8Destination, out bytesWritten, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        ReadOnlySpan<byte> text = utf8Destination[..bytesWritten];
        if (text.Contains((byte)'.'))
        {
            text = text.TrimEnd((byte)'0').TrimEnd((byte)'.');
        }

        if (text.SequenceEqual("-0"u8))
        {
            utf8Destination[0] = (byte)'0';
            text = utf8Destination[..1];
        }

        bytesWritten = text.Length;
        return true;
    }
}
