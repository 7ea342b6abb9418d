using KpiTargets.Files.Problems;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Text;

namespace KpiTargets.Files.Results;

/// <summary>
/// Checks results rows one at a time against a catalog: a unit, a known indicator code, a number within the
/// indicator's bounds (or a marked absence: empty, <c>N/A</c>, <c>-</c>), and no second row for the same unit and
/// indicator; in a counts file, counts that make a share (<see cref="CountsCheck"/>), whose rate is the result.
/// Reports every problem of a row.
/// </summary>
/// <remarks>
/// Memory grows only with the distinct units kept for duplicate detection (<see cref="Seen"/>), never with rows.
/// Units are compared trimmed, without regard to letter case and runs of spaces; readers already bring every name to
/// Unicode NFC, so a name typed in two Unicode forms is one unit.
/// </remarks>
/// <param name="catalog">The indicators the codes name.</param>
/// <param name="file">The file's name in problems.</param>
/// <param name="problems">Receives every problem.</param>
/// <param name="messages">The language of problems and warnings.</param>
/// <param name="rateDecimals">The decimals a rate from counts keeps (<c>--rate-decimals</c>).</param>
/// <param name="readsActuals">Whether the values are a period's actuals (<c>track</c>) rather than 2023 results, which a message about a value that is not a number names.</param>
internal sealed class ResultChecker(IndicatorCatalog catalog, string file, ProblemLog problems, Messages messages, int rateDecimals = RateCounts.DefaultDecimals, bool readsActuals = false)
{
    private static readonly string[] NoResultMarks = ["N/A", "NA", "-", "—", "–"];

    private readonly CountsCheck _counts = new(file, problems, messages, rateDecimals);

    /// <summary>The (unit, indicator) pairs checked so far, with the line each was first seen on.</summary>
    public SeenResults Seen { get; } = new(catalog);

    /// <summary>The largest result of each indicator checked so far.</summary>
    public LargestResults Largest { get; } = new(catalog);

    /// <summary>
    /// What is worth a warning in what was checked, one line each: units spelled more than one way, indicators whose
    /// results look like fractions. Warnings do not stop a run.
    /// </summary>
    public IEnumerable<string> Warnings()
    {
        foreach (var variant in Seen.SpellingVariants)
        {
            yield return messages.SpelledTwoWays(file, variant.Line, variant.Other, variant.First, variant.FirstLine);
        }

        if (Seen.SpellingVariantCount > Seen.SpellingVariants.Count)
        {
            yield return messages.MoreSpellingVariants(Seen.SpellingVariantCount - Seen.SpellingVariants.Count);
        }

        foreach (var (indicator, largest) in Largest.LookingLikeFractions())
        {
            yield return messages.LooksLikeFractions(file, indicator.Code, DecimalText.Shortest(largest));
        }
    }

    /// <summary>The rows that pass every check, in order; the others are reported.</summary>
    public IEnumerable<CheckedResult> Check(IEnumerable<ResultRow> rows)
    {
        foreach (var row in rows)
        {
            if (TryCheck(row, out var result))
            {
                yield return result;
            }
        }
    }

    /// <summary>Whether <paramref name="text"/> says "no 2023 result": absent, empty, <c>N/A</c> or a dash.</summary>
    public static bool IsNoResult(string? text) =>
        string.IsNullOrWhiteSpace(text)
        || (!char.IsAsciiDigit(text[0]) && NoResultMarks.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase));

    /// <summary>Checks one row: <see langword="true"/> with the checked result when it passes, otherwise its problems are reported.</summary>
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
        var resultRead = true;
        var value = ParseResult(row, indicator, ref resultRead);
        ok &= resultRead;
        RateCounts? counts = null;
        if (row.Counts is { } countsText)
        {
            // Counts, when the row has them, give the result: their rate, computed once.
            counts = _counts.Read(row, countsText, indicator, value, resultRead, ref ok);
            value = counts is null ? value : counts.Rate;
        }

        if (!ok)
        {
            return false;
        }

        var found = indicator!;
        if (!Seen.TryAdd(row.Unit, found, row.Line, out var firstLine, out var firstSpelling))
        {
            Report(row.Line, firstSpelling == row.Unit.Trim()
                ? messages.Duplicate(row.Unit, found.Code, firstLine)
                : messages.DuplicateSpelledOtherwise(row.Unit, found.Code, firstLine, firstSpelling));
            return false;
        }

        // A rate the checks computed from counts is a share by construction: only typed results can be fractions.
        if (value is { } number && counts is null)
        {
            Largest.Add(found, number);
        }

        result = new CheckedResult(row.Line, row.Unit, found, value, counts);
        return true;
    }

    private Indicator? FindIndicator(in ResultRow row)
    {
        var code = row.IndicatorCode.Trim();
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

    // A marked absence gives no result; anything else must be a number within the indicator's bounds.
    private decimal? ParseResult(in ResultRow row, Indicator? indicator, ref bool ok)
    {
        if (IsNoResult(row.ResultText))
        {
            return null;
        }

        var text = row.ResultText!;
        var reading = DecimalInput.Read(text, out var value);
        if (reading != DecimalInput.Reading.Number)
        {
            Report(row.Line, reading == DecimalInput.Reading.TooManyDigits ? messages.TooManyDigits(text)
                : readsActuals ? messages.ActualNotANumber(text) : messages.NotANumber(text));
            ok = false;
            return null;
        }

        if (indicator is not null && !indicator.IsWithinBounds(value))
        {
            Report(row.Line, messages.OutOfBounds(
                DecimalText.Shortest(value), indicator.Code, DecimalText.Shortest(indicator.Minimum), DecimalText.Shortest(indicator.Maximum)));
            ok = false;
        }

        return value;
    }

    private void Report(long line, string message) => problems.Add(file, line, message);
}
