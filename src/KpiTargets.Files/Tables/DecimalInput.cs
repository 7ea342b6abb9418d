using System.Globalization;

namespace KpiTargets.Files.Tables;

/// <summary>
/// The one parser for numbers people type, in data files and on the command line. Invariant culture always: under
/// <c>vi-VN</c>, <c>10.5</c> would read as 105. No thousands separators and no exponents, so <c>1.045,5</c> or
/// <c>1e2</c> is refused rather than guessed at; and a number is read exactly or not at all.
/// </summary>
internal static class DecimalInput
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    // Longer is no percentage anyone typed: refused rather than rounded to decimal's 28 digits.
    private const int MaxLength = 64;

    // decimal holds every number of up to 28 significant digits and 28 decimals exactly.
    private const int ExactDigits = 28;

    /// <summary>What reading a number's text found.</summary>
    public enum Reading
    {
        /// <summary>A number, held exactly.</summary>
        Number,

        /// <summary>Not a number at all.</summary>
        NotANumber,

        /// <summary>
        /// A number with more digits than <see cref="decimal"/> holds (28 significant, 28 after the point): reading it
        /// would round it, and a result just below the central target could pass as equal to it.
        /// </summary>
        TooManyDigits,
    }

    /// <summary><see cref="Read"/>, true only for a number held exactly.</summary>
    public static bool TryParse(string text, out decimal value) => Read(text, out value) == Reading.Number;

    /// <summary>
    /// A number in a data file, written the way Excel users write percentages: <c>45.5</c>, <c>45,5</c>,
    /// <c>45,5 %</c>, surrounding spaces allowed. A text with both marks or two marks is refused.
    /// </summary>
    public static Reading Read(string text, out decimal value)
    {
        value = 0m;
        var span = text.AsSpan().Trim();
        if (span.EndsWith("%"))
        {
            span = span[..^1].TrimEnd();
        }

        if (span.Length > MaxLength)
        {
            return Reading.NotANumber;
        }

        var comma = span.IndexOf(',');
        if (comma < 0)
        {
            return Parse(span, out value);
        }

        if (span[(comma + 1)..].Contains(',') || span.Contains('.'))
        {
            return Reading.NotANumber;
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
        return span.Length <= MaxLength && Parse(span, out value) == Reading.Number;
    }

    private static Reading Parse(ReadOnlySpan<char> text, out decimal value)
    {
        if (!decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value))
        {
            return Reading.NotANumber;
        }

        // "-0" would otherwise stay a negative zero and be echoed back as "-0".
        value += 0m;
        return IsHeldExactly(text, value) ? Reading.Number : Reading.TooManyDigits;
    }

    // Whether value is the number text writes. Every number within decimal's 28 digits and 28 decimals is; past
    // them, only one whose digits beyond are zeros (45.000000000000000000000000000000).
    private static bool IsHeldExactly(ReadOnlySpan<char> text, decimal value)
    {
        var digits = text.TrimStart("+-").TrimStart('0');
        var point = digits.IndexOf('.');
        var decimals = point < 0 ? 0 : digits.Length - point - 1;
        var significant = point < 0 ? digits.Length : digits.Length - 1;
        if (significant <= ExactDigits && decimals <= ExactDigits)
        {
            return true;
        }

        if (point >= 0)
        {
            digits = digits.TrimEnd('0').TrimEnd('.');
        }

        var held = DecimalText.Shortest(Math.Abs(value));
        return digits.IsEmpty ? held == "0" : digits.SequenceEqual(held.AsSpan().TrimStart('0'));
    }
}
