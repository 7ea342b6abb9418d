using System.Globalization;

namespace KpiTargets.Cli.Input;

/// <summary>
/// Reads a number typed in a data file the way Excel users write percentages: <c>45.5</c>, <c>45,5</c>,
/// <c>45,5 %</c>, surrounding spaces allowed. There are no thousands separators in a percentage, so a text with
/// both marks, two marks, or an exponent is rejected rather than guessed at. Culture never takes part.
/// </summary>
internal static class DecimalInput
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    // Longer is no percentage anyone typed: refused rather than rounded to decimal's 28 digits.
    private const int MaxLength = 64;

    // 19 digits always fit the 64 bits the plain reading accumulates in.
    private const int MaxPlainLength = 19;

    public static bool TryParse(string text, out decimal value)
    {
        value = 0m;
        var span = text.AsSpan().Trim();
        if (span.EndsWith("%"))
        {
            span = span[..^1].TrimEnd();
        }

        if (span.Length > MaxLength)
        {
            return false;
        }

        var comma = span.IndexOf(',');
        if (comma < 0)
        {
            return Parse(span, out value);
        }

        if (span[(comma + 1)..].Contains(',') || span.Contains('.'))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        span.CopyTo(buffer);
        buffer[comma] = '.';
        return Parse(buffer[..span.Length], out value);
    }

    /// <summary>
    /// The common spelling read straight from bytes: ASCII digits with at most one <c>.</c> between them, at most
    /// <see cref="MaxPlainLength"/> characters. Gives exactly what <see cref="TryParse"/> gives for the same text,
    /// scale included; <see langword="false"/> only means the text must go through <see cref="TryParse"/>.
    /// </summary>
    public static bool TryParsePlain(ReadOnlySpan<byte> ascii, out decimal value) => TryParsePlain(ascii, out value, out _);

    /// <summary>
    /// <see cref="TryParsePlain(ReadOnlySpan{byte}, out decimal)"/>, telling besides whether the text is already
    /// <see cref="DecimalText.Shortest"/>'s text of its value: no leading zero but a lone one before the point, no
    /// trailing zero after it. Such text can be copied to the output instead of formatting the number again.
    /// </summary>
    public static bool TryParsePlain(ReadOnlySpan<byte> ascii, out decimal value, out bool isShortest)
    {
        value = 0m;
        isShortest = false;
        if (ascii.IsEmpty || ascii.Length > MaxPlainLength)
        {
            return false;
        }

        var digits = 0UL;
        var point = -1;
        for (var i = 0; i < ascii.Length; i++)
        {
            var digit = (uint)(ascii[i] - '0');
            if (digit <= 9)
            {
                digits = (digits * 10) + digit;
            }
            else if (ascii[i] == '.' && point < 0 && i > 0 && i < ascii.Length - 1)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        var scale = point < 0 ? 0 : ascii.Length - point - 1;
        value = new decimal((int)digits, (int)(digits >> 32), 0, isNegative: false, (byte)scale);
        var wholeDigits = point < 0 ? ascii.Length : point;
        isShortest = (wholeDigits == 1 || ascii[0] != (byte)'0') && (point < 0 || ascii[^1] != (byte)'0');
        return true;
    }

    private static bool Parse(ReadOnlySpan<char> text, out decimal value)
    {
        if (!decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        // "-0" would otherwise stay a negative zero and be echoed back as "-0".
        value += 0m;
        return true;
    }
}
