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

    public static bool TryParse(string text, out decimal value)
    {
        value = 0m;
        var span = text.AsSpan().Trim();
        if (span.EndsWith("%"))
        {
            span = span[..^1].TrimEnd();
        }

        var commas = span.Count(',');
        if (commas > 1 || (commas == 1 && span.Contains('.')))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[Math.Min(span.Length, 64)];
        if (span.Length > buffer.Length)
        {
            return false;
        }

        span.CopyTo(buffer);
        buffer.Replace(',', '.');
        if (!decimal.TryParse(buffer[..span.Length], Styles, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        // "-0" would otherwise stay a negative zero and be echoed back as "-0".
        value += 0m;
        return true;
    }
}
