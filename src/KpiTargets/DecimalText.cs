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
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return bits[2] == 0
            ? TryWriteSmall(bits, utf8Destination, out bytesWritten)
            : TryWriteGeneral(value, utf8Destination, out bytesWritten);
    }

    // Every value whose digits fit 64 bits, which is every percentage: trailing zeros dropped, then the digits
    // written from the last, the point placed among them. Several times faster than the general format; the tests
    // hold it to the same text.
    private static bool TryWriteSmall(ReadOnlySpan<int> bits, Span<byte> destination, out int bytesWritten)
    {
        var digits = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        var scale = (bits[3] >> 16) & 0xFF;
        while (scale > 0 && digits % 10 == 0)
        {
            digits /= 10;
            scale--;
        }

        var count = 1;
        for (var rest = digits; rest >= 10; rest /= 10)
        {
            count++;
        }

        // No "-0": a negative zero is written as 0. A value below 1 gets its "0." and the zeros after the point.
        var isNegative = bits[3] < 0 && digits != 0;
        var wholeDigits = Math.Max(count - scale, 1);
        var length = (isNegative ? 1 : 0) + wholeDigits + (scale > 0 ? 1 + scale : 0);
        if (length > destination.Length)
        {
            bytesWritten = 0;
            return false;
        }

        var at = length - 1;
        for (var i = 0; i < scale; i++)
        {
            destination[at--] = (byte)('0' + (digits % 10));
            digits /= 10;
        }

        if (scale > 0)
        {
            destination[at--] = (byte)'.';
        }

        do
        {
            destination[at--] = (byte)('0' + (digits % 10));
            digits /= 10;
        }
        while (digits != 0);

        if (isNegative)
        {
            destination[0] = (byte)'-';
        }

        bytesWritten = length;
        return true;
    }

    private static bool TryWriteGeneral(decimal value, Span<byte> utf8Destination, out int bytesWritten)
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
