namespace KpiTargets.Cli.Results;

/// <summary>
/// Remembers the line where each (unit, indicator) pair was first seen, so a second row for it can name the first.
/// Memory grows with the distinct units only: one name and one line per catalog indicator each, never a structure
/// per row.
/// </summary>
/// <remarks>
/// Results files list a unit's indicators together, so the unit of the previous row is remembered and a row of the
/// same unit (the same string instance, which the CSV reader hands out for a repeated field) skips the name lookup.
/// </remarks>
internal sealed class SeenResults(IndicatorCatalog catalog)
{
    private const long NotSeen = 0;

    private readonly Indicator[] _indicators = [.. catalog.Indicators];
    private readonly int _slotsPerUnit = catalog.Indicators.Count;
    private readonly Dictionary<string, int> _unitNumbers = new(StringComparer.Ordinal);
    private long[] _firstLines = new long[catalog.Indicators.Count * 64];
    private string? _previousUnit;
    private int _previousUnitNumber;
    private int _lastSlot = -1;

    /// <summary>How many distinct units were seen.</summary>
    public int UnitCount => _unitNumbers.Count;

    /// <summary>How many of the catalog's indicators were seen for at least one unit.</summary>
    public int IndicatorCount =>
        Enumerable.Range(0, _slotsPerUnit).Count(slot =>
            Enumerable.Range(0, UnitCount).Any(unit => _firstLines[((long)unit * _slotsPerUnit) + slot] != NotSeen));

    /// <summary>Records <paramref name="unit"/>'s result for <paramref name="indicator"/> at <paramref name="line"/>.</summary>
    /// <param name="unit">The unit's name as read; compared without surrounding white space.</param>
    /// <param name="indicator">An indicator of the catalog given at construction.</param>
    /// <param name="line">The line of the row, 1-based.</param>
    /// <param name="firstLine">When the pair was seen before, the line where it was first seen.</param>
    /// <returns><see langword="true"/> the first time a pair is seen.</returns>
    public bool TryAdd(string unit, Indicator indicator, long line, out long firstLine) =>
        TryAdd(UnitNumber(unit), SlotOf(indicator), line, out firstLine);

    /// <summary>
    /// Adds every pair <paramref name="later"/> saw, which was filled from rows after the ones seen here: a run over a
    /// file in parts joins what each part saw in file order.
    /// </summary>
    /// <returns><see langword="false"/> when a pair was seen by both, which makes its second row a duplicate.</returns>
    public bool TryAddAll(SeenResults later)
    {
        foreach (var (unit, number) in later._unitNumbers)
        {
            var into = UnitNumber(unit);
            for (var slot = 0; slot < _slotsPerUnit; slot++)
            {
                var line = later._firstLines[((long)number * _slotsPerUnit) + slot];
                if (line != NotSeen && !TryAdd(into, slot, line, out _))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool TryAdd(int unitNumber, int slotOfIndicator, long line, out long firstLine)
    {
        ref var seen = ref _firstLines[((long)unitNumber * _slotsPerUnit) + slotOfIndicator];
        if (seen != NotSeen)
        {
            firstLine = seen;
            return false;
        }

        seen = line;
        firstLine = line;
        return true;
    }

    // A catalog has a handful of indicators: comparing references beats hashing a record with value equality. Rows
    // list a unit's indicators in catalog order, so the search starts after the slot found last.
    private int SlotOf(Indicator indicator)
    {
        for (var tried = 0; tried < _indicators.Length; tried++)
        {
            var slot = _lastSlot + 1 + tried;
            slot = slot >= _indicators.Length ? slot - _indicators.Length : slot;
            if (ReferenceEquals(_indicators[slot], indicator))
            {
                _lastSlot = slot;
                return slot;
            }
        }

        throw new ArgumentException($"The indicator {indicator.Code} is not one of the catalog's.", nameof(indicator));
    }

    private int UnitNumber(string unit)
    {
        if (ReferenceEquals(unit, _previousUnit))
        {
            return _previousUnitNumber;
        }

        var name = unit.Trim();
        if (!_unitNumbers.TryGetValue(name, out var number))
        {
            number = _unitNumbers.Count;
            _unitNumbers.Add(name, number);
            var needed = (long)(number + 1) * _slotsPerUnit;
            if (needed > _firstLines.Length)
            {
                Array.Resize(ref _firstLines, (int)Math.Min(Math.Max(needed, _firstLines.Length * 2L), Array.MaxLength));
            }
        }

        _previousUnit = unit;
        _previousUnitNumber = number;
        return number;
    }
}
