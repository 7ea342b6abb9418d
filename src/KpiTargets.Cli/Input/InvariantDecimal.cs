using System.Globalization;

namespace KpiTargets.Cli.Input;

/// <summary>
/// The one parser for numbers typed by users, in files and options alike: invariant culture, <c>.</c> as the
/// decimal mark, an optional sign, surrounding spaces allowed; no thousands separators and no exponents, so
/// <c>1,5</c> or <c>1e2</c> is rejected rather than misread. Never the current culture: under <c>vi-VN</c>,
/// <c>10.5</c> would read as 105.
/// </summary>
internal static class InvariantDecimal
{
    private const NumberStyles Styles =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static bool TryParse(string? text, out decimal value)
    {
        if (decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value))
        {
            // A typed "-0" parses to negative zero, which would be echoed back as "-0".
            value += 0m;
            return true;
        }

        return false;
    }
}
