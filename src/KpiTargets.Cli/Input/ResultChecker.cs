using System.Text;
using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Input;

/// <summary>
/// Checks results rows one at a time against a catalog: a unit, a known indicator code, a number within the
/// indicator's bounds, and no second row for the same unit and indicator. Reports every problem of a row.
/// </summary>
/// <remarks>
/// Memory grows only with the distinct (unit, indicator) pairs kept for duplicate detection, never with rows
/// otherwise. Units are compared after trimming and Unicode NFC normalisation, so a name typed twice in different
/// forms is still caught; the output keeps each name exactly as read.
/// </remarks>
internal sealed class ResultChecker(IndicatorCatalog catalog, string file, ProblemLog problems)
{
    private readonly Dictionary<(string Unit, string Code), long> _firstLineByKey = [];

    public bool TryCheck(in ResultRow row, out CheckedResult result)
    {
        result = default;
        var ok = true;
        if (string.IsNullOrWhiteSpace(row.Unit))
        {
            Report(row.Line, $"the unit is empty; every row needs the unit's name in the '{ResultsCsvReader.UnitColumn}' column");
            ok = false;
        }

        var indicator = FindIndicator(row);
        ok &= indicator is not null;
        var value = ParseResult(row, indicator, ref ok);

        if (!ok)
        {
            return false;
        }

        var key = (row.Unit.Trim().Normalize(NormalizationForm.FormC), indicator!.Code);
        if (!_firstLineByKey.TryAdd(key, row.Line))
        {
            Report(row.Line, $"duplicate row: unit '{row.Unit}' already has a result for indicator {indicator.Code} at line {_firstLineByKey[key]}");
            return false;
        }

        result = new CheckedResult(row.Line, row.Unit, indicator, value);
        return true;
    }

    private Indicator? FindIndicator(in ResultRow row)
    {
        var code = row.IndicatorCode.Trim();
        if (catalog.TryFind(code, out var indicator))
        {
            return indicator;
        }

        if (code.Length == 0)
        {
            Report(row.Line, $"the indicator code is empty; use one of: {KnownCodes()}");
        }
        else if (catalog.TryFindHeading(code, out var heading))
        {
            Report(row.Line, $"'{code}' is a heading without a target of its own; use one of: {string.Join(", ", catalog.IndicatorsUnder(heading).Select(i => i.Code))}");
        }
        else
        {
            Report(row.Line, $"unknown indicator code '{code}'; use one of: {KnownCodes()}");
        }

        return null;
    }

    private decimal? ParseResult(in ResultRow row, Indicator? indicator, ref bool ok)
    {
        if (string.IsNullOrWhiteSpace(row.ResultText))
        {
            return null;
        }

        if (!InvariantDecimal.TryParse(row.ResultText, out var value))
        {
            Report(row.Line, $"the result '{row.ResultText}' is not a number; write it with '.' as the decimal mark (for example 45.5), or leave it empty when there is no 2023 result");
            ok = false;
            return null;
        }

        if (indicator is not null && !indicator.IsWithinBounds(value))
        {
            Report(row.Line, $"the result {DecimalText.Shortest(value)} is outside the bounds of indicator {indicator.Code} ({DecimalText.Shortest(indicator.Minimum)} to {DecimalText.Shortest(indicator.Maximum)})");
            ok = false;
        }

        return value;
    }

    private string KnownCodes() => string.Join(", ", catalog.Indicators.Select(i => i.Code));

    private void Report(long line, string message) => problems.Add(file, line, message);
}
