using System.Globalization;

namespace KpiTargets.Cli.Tables;

/// <summary>
/// The one parser for numbers people type, in data files and on the command line. Invariant culture always: under
/// <c>vi-VN</c>, <c>10.5</c> would read as 105. No thousands separators and no exponents, so <c>1.045,5</c> or
/// <c>1e2</c> is refused rather than guessed at.
/// </summary>
internal static class DecimalInput
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    // Longer is no percentage anyone typed: refused rather than rounded to decimal's 28 digits.
    private const int MaxLength = 64;

    /// <summary>
    /// A number in a data file, written the way Excel users write percentages: <c>45.5</c>, <c>45,5</c>,
    /// <c>45,5 %</c>, surrounding spaces allowed. A text with both marks or two marks is refused.
    /// </summary>
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
    /// A number given as an option's value: <c>.</c> as the decimal mark only, as in every command-line example, an
    /// optional sign, surrounding spaces allowed.
    /// </summary>
    public static bool TryParseOption(string? text, out decimal value)
    {
        value = 0m;
        var span = text.AsSpan().Trim();
        return span.Length <= MaxLength && Parse(span, out value);
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
