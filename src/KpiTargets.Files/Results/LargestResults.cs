namespace KpiTargets.Files.Results;

/// <summary>
/// The largest result of each indicator in a file, to catch results typed as fractions: a sheet holding 0.4515 for
/// 45.15 % gives valid results that all fall under clause a, without a word.
/// </summary>
internal sealed class LargestResults(IndicatorCatalog catalog)
{
    private readonly Dictionary<Indicator, decimal> _largest = new(ReferenceEqualityComparer.Instance);

    /// <summary>Takes one result of <paramref name="indicator"/>.</summary>
    public void Add(Indicator indicator, decimal result)
    {
        if (!_largest.TryGetValue(indicator, out var largest) || result > largest)
        {
            _largest[indicator] = result;
        }
    }

    /// <summary>Takes the results another part of the same file had.</summary>
    public void AddAll(LargestResults other)
    {
        foreach (var (indicator, largest) in other._largest)
        {
            Add(indicator, largest);
        }
    }

    /// <summary>
    /// The indicators, in catalog order, whose results are all at most 1 and not all 0 although the indicator goes
    /// above 1 (a percentage goes to 100), with their largest result.
    /// </summary>
    public IEnumerable<(Indicator Indicator, decimal Largest)> LookingLikeFractions() =>
        catalog.Indicators
            .Where(indicator => indicator.Maximum > 1m && _largest.TryGetValue(indicator, out var largest) && largest > 0m && largest <= 1m)
            .Select(indicator => (indicator, _largest[indicator]));
}
