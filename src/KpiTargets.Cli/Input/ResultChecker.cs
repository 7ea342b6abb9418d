using KpiTargets.Cli.Problems;
using KpiTargets.Cli.Text;

namespace KpiTargets.Cli.Input;

/// <summary>
/// Checks results rows one at a time against a catalog: a unit, a known indicator code, a number within the
/// indicator's bounds (or a marked absence: empty, <c>N/A</c>, <c>-</c>), and no second row for the same unit and
/// indicator. Reports every problem of a row.
/// </summary>
/// <remarks>
/// Memory grows only with the distinct units kept for duplicate detection (<see cref="SeenResults"/>), never with
/// rows. Units are compared trimmed; readers already bring every name to Unicode NFC, so a name typed in two
/// Unicode forms is one unit.
/// </remarks>
internal sealed class ResultChecker(IndicatorCatalog catalog, string file, ProblemLog problems, Messages messages)
{
    private static readonly string[] NoResultMarks = ["N/A", "NA", "-", "—", "–"];

    private readonly SeenResults _seen = new(catalog);
    private readonly IndicatorCodeBytes _codeBytes = new(catalog);

    public bool TryCheck(in ResultRow row, out CheckedResult result)
    {
        result = default;
        var ok = true;
        if (string.IsNullOrWhiteSpace(row.Unit))
        {
            Report(row.Line, messages.EmptyUnit);
            ok = false;
        }

        var indicator = FindIndicator(row);
        ok &= indicator is not null;
        var value = ParseResult(row, indicator, ref ok);
        if (!ok)
        {
            return false;
        }

        var found = indicator!;
        if (!_seen.TryAdd(row.Unit, found, row.Line, out var firstLine))
        {
            Report(row.Line, messages.Duplicate(row.Unit, found.Code, firstLine));
            return false;
        }

        result = new CheckedResult(row.Line, row.Unit, found, value);
        return true;
    }

    /// <summary>Whether <paramref name="text"/> says "no 2023 result": empty, <c>N/A</c> or a dash.</summary>
    public static bool IsNoResult(string text) =>
        string.IsNullOrWhiteSpace(text)
        || (!char.IsAsciiDigit(text[0]) && NoResultMarks.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// A result's text as every reader reads it: a marked absence (<see cref="IsNoResult"/>) gives
    /// <see langword="null"/>, a number (<see cref="DecimalInput.TryParse"/>) its value.
    /// </summary>
    /// <returns><see langword="false"/> when the text is neither, which is a problem.</returns>
    public static bool TryReadText(string text, out decimal? result)
    {
        result = null;
        if (IsNoResult(text))
        {
            return true;
        }

        if (!DecimalInput.TryParse(text, out var value))
        {
            return false;
        }

        result = value;
        return true;
    }

    private Indicator? FindIndicator(in ResultRow row)
    {
        if (row.IndicatorCode.TryGetAscii(out var ascii) && _codeBytes.TryFind(ascii, out var exact))
        {
            return exact;
        }

        var code = row.IndicatorCode.Text.Trim();
        if (catalog.TryFind(code, out var indicator))
        {
            return indicator;
        }

        var known = string.Join(", ", catalog.Indicators.Select(i => i.Code));
        if (code.Length == 0)
        {
            Report(row.Line, messages.EmptyCode(known));
        }
        else if (catalog.TryFindHeading(code, out var heading))
        {
            Report(row.Line, messages.HeadingCode(code, string.Join(", ", catalog.IndicatorsUnder(heading).Select(i => i.Code))));
        }
        else
        {
            Report(row.Line, messages.UnknownCode(code, known));
        }

        return null;
    }

    private decimal? ParseResult(in ResultRow row, Indicator? indicator, ref bool ok)
    {
        var result = ReadNumber(row, ref ok);
        if (result is { } value && indicator is not null && !indicator.IsWithinBounds(value))
        {
            Report(row.Line, messages.OutOfBounds(
                DecimalText.Shortest(value), indicator.Code, DecimalText.Shortest(indicator.Minimum), DecimalText.Shortest(indicator.Maximum)));
            ok = false;
        }

        return result;
    }

    // Most results are plain numbers or empty, read from the bytes without a string; the rest from the text.
    private decimal? ReadNumber(in ResultRow row, ref bool ok)
    {
        if (row.ResultText.TryGetAscii(out var ascii))
        {
            if (ascii.IsEmpty)
            {
                return null;
            }

            if (DecimalInput.TryParsePlain(ascii, out var plain))
            {
                return plain;
            }
        }

        var text = row.ResultText.Text;
        if (TryReadText(text, out var result))
        {
            return result;
        }

        Report(row.Line, messages.NotANumber(text));
        ok = false;
        return null;
    }

    private void Report(long line, string message) => problems.Add(file, line, message);
}
