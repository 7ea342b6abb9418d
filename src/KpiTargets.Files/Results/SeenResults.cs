namespace KpiTargets.Files.Results;

/// <summary>
/// Remembers the line where each (unit, indicator) pair was first seen, so a second row for it can name the first.
/// Units are one unit whatever their letter case and runs of spaces (<see cref="UnitNameComparer"/>); a unit spelled
/// otherwise than where it was first seen is remembered as a <see cref="SpellingVariant"/>, for a warning. Memory grows
/// with the distinct units only: one name and one line per catalog indicator each, never a structure per row.
/// </summary>
/// <remarks>
/// Results files list a unit's indicators together, so the unit of the previous row is remembered and a row of the
/// same unit (the same string instance, which the CSV reader hands out for a repeated field) skips the name lookup.
/// </remarks>
internal sealed class SeenResults(IndicatorCatalog catalog)
{
    /// <summary>How many spelling variants are kept for the warning; the rest are counted.</summary>
    public const int MaxSpellingVariants = 100;

    private const int NotSeen = 0;

    // Lines are kept in pages of a fixed size, added as units come: a single array grown by doubling would hold up to
    // twice the slots needed, and both copies while it grows. 16 KiB a page, small enough for the young generation.
    private const int PageSlots = 1 << 12;

    private readonly Indicator[] _indicators = [.. catalog.Indicators];
    private readonly int _slotsPerUnit = catalog.Indicators.Count;

    // Each unit by the spelling it was first seen with (trimmed), the key that spellings compare to.
    private readonly Dictionary<string, int> _unitNumbers = new(UnitNameComparer.Instance);
    private readonly List<string> _firstSpellings = [];
    private readonly List<int[]> _firstLines = [];
    private readonly List<SpellingVariant> _spellingVariants = [];
    private readonly HashSet<(int Unit, string Spelling)> _variantSpellings = [];
    private string? _previousUnit;
    private int _previousUnitNumber;
    private int _lastSlot = -1;

    /// <summary>Units seen spelled otherwise than where they were first seen, each spelling once, in the order found.</summary>
    public IReadOnlyList<SpellingVariant> SpellingVariants => _spellingVariants;

    /// <summary>How many spelling variants there were, kept or not.</summary>
    public long SpellingVariantCount { get; private set; }

    /// <summary>How many distinct units were seen.</summary>
    public int UnitCount => _unitNumbers.Count;

    /// <summary>How many of the catalog's indicators were seen for at least one unit.</summary>
    public int IndicatorCount =>
        Enumerable.Range(0, _slotsPerUnit).Count(slot => Enumerable.Range(0, UnitCount).Any(unit => FirstLine(unit, slot) != NotSeen));

    /// <summary>Records <paramref name="unit"/>'s result for <paramref name="indicator"/> at <paramref name="line"/>.</summary>
    /// <param name="unit">The unit's name as read.</param>
    /// <param name="indicator">An indicator of the catalog given at construction.</param>
    /// <param name="line">The line of the row, 1-based.</param>
    /// <param name="firstLine">When the pair was seen before, the line where it was first seen.</param>
    /// <param name="firstSpelling">The unit's name where it was first seen, trimmed.</param>
    /// <returns><see langword="true"/> the first time a pair is seen.</returns>
    public bool TryAdd(string unit, Indicator indicator, long line, out long firstLine, out string firstSpelling)
    {
        var number = UnitNumber(unit, out var lookedUp);
        firstSpelling = _firstSpellings[number];
        if (!TryAdd(number, SlotOf(indicator), line, out firstLine))
        {
            return false;
        }

        // A duplicate is a problem of its own; only a new pair under another spelling is worth a warning.
        if (lookedUp)
        {
            NoteSpelling(number, unit.Trim(), line);
        }

        return true;
    }

    /// <summary>
    /// Adds every pair <paramref name="later"/> saw, which was filled from rows after the ones seen here: a run over a
    /// file in parts joins what each part saw in file order.
    /// </summary>
    /// <returns>
    /// <see langword="false"/> when a pair was seen by both, which makes its second row a duplicate, or when a unit is
    /// spelled in <paramref name="later"/> otherwise than here, which calls for a warning with exact lines.
    /// </returns>
    public bool TryAddAll(SeenResults later)
    {
        if (later.SpellingVariantCount > 0)
        {
            return false;
        }

        foreach (var (unit, number) in later._unitNumbers)
        {
            if (_unitNumbers.TryGetValue(unit, out var into))
            {
                if (_firstSpellings[into] != unit)
                {
                    return false;
                }
            }
            else
            {
                into = Add(unit);
            }

            for (var slot = 0; slot < _slotsPerUnit; slot++)
            {
                var line = later.FirstLine(number, slot);
                if (line != NotSeen && !TryAdd(into, slot, line, out _))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private ref int FirstLine(int unitNumber, int slotOfIndicator)
    {
        var slot = ((long)unitNumber * _slotsPerUnit) + slotOfIndicator;
        return ref _firstLines[(int)(slot / PageSlots)][slot % PageSlots];
    }

    private bool TryAdd(int unitNumber, int slotOfIndicator, long line, out long firstLine)
    {
        ref var seen = ref FirstLine(unitNumber, slotOfIndicator);
        if (seen != NotSeen)
        {
            firstLine = seen;
            return false;
        }

        // Readers stop at RawRecord.MaxLine, so every line fits: 32 bits a line are half the memory of 64 at a million units.
        seen = checked((int)line);
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

    // The unit's number; lookedUp is false when it was the previous row's unit, whose spelling was noted then.
    private int UnitNumber(string unit, out bool lookedUp)
    {
        lookedUp = !ReferenceEquals(unit, _previousUnit);
        if (!lookedUp)
        {
            return _previousUnitNumber;
        }

        var name = unit.Trim();
        if (!_unitNumbers.TryGetValue(name, out var number))
        {
            number = Add(name);
        }

        _previousUnit = unit;
        _previousUnitNumber = number;
        return number;
    }

    // A new unit, first spelled name: its number, and room for its lines.
    private int Add(string name)
    {
        var number = _unitNumbers.Count;
        _unitNumbers.Add(name, number);
        _firstSpellings.Add(name);
        var needed = (long)(number + 1) * _slotsPerUnit;
        while ((long)_firstLines.Count * PageSlots < needed)
        {
            _firstLines.Add(new int[PageSlots]);
        }

        return number;
    }

    // A spelling other than the first is noted once per spelling, with the line where each was first seen.
    private void NoteSpelling(int number, string name, long line)
    {
        var first = _firstSpellings[number];
        if (string.Equals(first, name, StringComparison.Ordinal) || !_variantSpellings.Add((number, name)))
        {
            return;
        }

        SpellingVariantCount++;
        if (_spellingVariants.Count < MaxSpellingVariants)
        {
            var firstLine = long.MaxValue;
            for (var slot = 0; slot < _slotsPerUnit; slot++)
            {
                var seen = FirstLine(number, slot);
                firstLine = seen != NotSeen && seen < firstLine ? seen : firstLine;
            }

            _spellingVariants.Add(new SpellingVariant(first, firstLine, name, line));
        }
    }
}
