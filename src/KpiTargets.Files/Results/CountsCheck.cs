using System.Globalization;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Text;

namespace KpiTargets.Files.Results;

/// <summary>
/// Checks a row's counts and computes their rate, once: both counts or neither, whole numbers from 0 to
/// <see cref="RateCounts.MaxCount"/>, the numerator not above the denominator, a rate within the indicator's bounds, and
/// where the row also has a result (a file <c>rates</c> wrote), that result equal to the rate. Reports every problem.
/// </summary>
/// <param name="file">The file's name for problems.</param>
/// <param name="problems">Where problems go.</param>
/// <param name="messages">The language of problems.</param>
/// <param name="decimals">The decimals a rate keeps (<c>--rate-decimals</c>).</param>
internal sealed class CountsCheck(string file, ProblemLog problems, Messages messages, int decimals)
{
    private const string Numerator = "numerator";
    private const string Denominator = "denominator";

    /// <summary>The counts of <paramref name="row"/> with their rate; <see langword="null"/> when both are empty or a problem was found.</summary>
    /// <param name="row">The row, for its line and result.</param>
    /// <param name="counts">Its counts as read.</param>
    /// <param name="indicator">The row's indicator, or <see langword="null"/> when its code was wrong (already reported).</param>
    /// <param name="result">The row's own result, when it has a result column and the result was read.</param>
    /// <param name="resultRead">Whether the row's own result was read without a problem.</param>
    /// <param name="ok">Set to <see langword="false"/> when a problem is found.</param>
    public RateCounts? Read(in ResultRow row, CountsText counts, Indicator? indicator, decimal? result, bool resultRead, ref bool ok)
    {
        var noNumerator = ResultChecker.IsNoResult(counts.Numerator);
        var noDenominator = ResultChecker.IsNoResult(counts.Denominator);
        if (noNumerator && noDenominator)
        {
            return null;
        }

        if (noNumerator || noDenominator)
        {
            Report(row.Line, noNumerator ? messages.OneCountOnly(Denominator, Numerator) : messages.OneCountOnly(Numerator, Denominator));
            ok = false;
            return null;
        }

        var countsOk = true;
        var numerator = Count(row.Line, Numerator, counts.Numerator, ref countsOk);
        var denominator = Count(row.Line, Denominator, counts.Denominator, ref countsOk);
        if (countsOk && numerator > denominator)
        {
            Report(row.Line, messages.NumeratorAboveDenominator(Invariant(numerator), Invariant(denominator)));
            countsOk = false;
        }

        if (!countsOk)
        {
            ok = false;
            return null;
        }

        var rated = new RateCounts(numerator, denominator, decimals);
        var rate = rated.Rate is { } value ? DecimalText.Shortest(value) : "N/A";
        if (indicator is not null && rated.Rate is { } share && !indicator.IsWithinBounds(share))
        {
            Report(row.Line, messages.RateOutOfBounds(
                rated.ToString(), rate, indicator.Code, DecimalText.Shortest(indicator.Minimum), DecimalText.Shortest(indicator.Maximum)));
            ok = false;
        }

        // A result beside its counts (the output of rates, or a sheet that has both) must be their rate as reported.
        if (row.ResultText is not null && resultRead && result != rated.Rate)
        {
            Report(row.Line, messages.ResultNotRateOfCounts(result is { } given ? DecimalText.Shortest(given) : "N/A", rated.ToString(), rate, decimals));
            ok = false;
        }

        return rated;
    }

    private static string Invariant(long count) => count.ToString(CultureInfo.InvariantCulture);

    // A count is digits only: "1.000" is a thousand to a Vietnamese reader and one to an English one, so it is refused
    // rather than guessed at, and so is "12.0".
    private long Count(long line, string which, string text, ref bool ok)
    {
        var digits = text.AsSpan().Trim();
        var negative = digits.StartsWith("-");
        if (negative)
        {
            digits = digits[1..];
        }

        if (digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9'))
        {
            Report(line, messages.CountNotWhole(which, text));
        }
        else if (negative)
        {
            Report(line, messages.CountNegative(which, text));
        }
        else if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > RateCounts.MaxCount)
        {
            Report(line, messages.CountTooLarge(which, text, Invariant(RateCounts.MaxCount)));
        }
        else
        {
            return count;
        }

        ok = false;
        return 0;
    }

    private void Report(long line, string message) => problems.Add(file, line, message);
}
