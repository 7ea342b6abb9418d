namespace KpiTargets.Files.Results;

/// <summary>
/// The largest result of each indicator in a file, to catch results typed as fractions: a sheet holding 0.4515 for
/// 45.15 % gives valid results that all fall under clause a, without a word.
/// </summary>
internal sealed class LargestResults(IndicatorCatalog catalog)
{
    private readonly Indicator[] _indicators = [.. catalog.Indicators];
    private readonly decimal?[] _largest = new decimal?[catalog.Indicators.Count];
    private int _last = -1;

    /// <summary>Takes one result of <paramref name="indicator"/>, an indicator of the catalog given at construction.</summary>
    public void Add(Indicator indicator, decimal result)
    {
        ref var largest = ref _largest[IndexOf(indicator)];
        if (largest is not { } known || result > known)
        {
            largest = result;
        }
    }

    /// <summary>Takes the results another part of the same file had.</summary>
    public void AddAll(LargestResults other)
    {
        for (var i = 0; i < _indicators.Length; i++)
        {
            if (other._largest[i] is { } largest)
            {
                Add(_indicators[i], largest);
            }
        }
    }

    /// <summary>
    /// The indicators, in catalog order, whose results are all at most 1 and not all 0 although the indicator goes
    /// above 1 (a percentage goes to 100), with their largest result.
    /// </summary>
    public IEnumerable<(Indicator Indicator, decimal Largest)> LookingLikeFractions()
    {
        for (var i = 0; i < _indicators.Length; i++)
        {
            if (_indicators[i].Maximum > 1m && _largest[i] is { } largest && largest > 0m && largest <= 1m)
            {
                yield return (_indicators[i], largest);
            }
        }
    }

    // Rows list a unit's indicators in catalog order, so the search starts after the one found last and usually ends
    // at its first comparison, of references.
    private int IndexOf(Indicator indicator)
    {
        for (var tried = 0; tried < _indicators.Length; tried++)
        {
            var index = (_last + 1 + tried) % _indicators.Length;
            if (ReferenceEquals(_indicators[index], indicator))
            {
                _last = index;
                return index;
            }
        }

        throw new ArgumentException($"The indicator {indicator.Code} is not one of the catalog's.", nameof(indicator));
    }
}
