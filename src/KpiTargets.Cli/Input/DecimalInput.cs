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
