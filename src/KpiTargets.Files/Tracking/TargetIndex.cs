using KpiTargets.Files.Results;

namespace KpiTargets.Files.Tracking;

/// <summary>
/// Where each target is in the targets' list, by unit and indicator: units compared as <c>assign</c> compares them
/// (<see cref="UnitNameComparer"/>: trimmed, NFC, without regard to letter case and runs of spaces), indicators by code.
/// One slot per catalog indicator for each unit: memory grows with the units, as the targets themselves do.
/// </summary>
internal sealed class TargetIndex
{
    private const int NoTarget = -1;

    private readonly Dictionary<string, int> _slots;
    private readonly Dictionary<string, int[]> _units = new(UnitNameComparer.Instance);

    /// <summary>Indexes <paramref name="targets"/>, whose indicators are <paramref name="catalog"/>'s; a second target for a pair is not found.</summary>
    public TargetIndex(IReadOnlyList<AssignedTarget> targets, IndicatorCatalog catalog)
    {
        _slots = catalog.Indicators
            .Select((indicator, slot) => (indicator.Code, slot))
            .ToDictionary(pair => pair.Code, pair => pair.slot, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (!_units.TryGetValue(target.Unit, out var slots))
            {
                slots = new int[_slots.Count];
                Array.Fill(slots, NoTarget);
                _units.Add(target.Unit, slots);
            }

            if (_slots.TryGetValue(target.Indicator.Code, out var slot) && slots[slot] == NoTarget)
            {
                slots[slot] = i;
            }
        }
    }

    /// <summary>The position of <paramref name="unit"/>'s target on <paramref name="indicator"/>, or <see langword="null"/> when it has none.</summary>
    public int? Find(string unit, Indicator indicator) =>
        _units.TryGetValue(unit, out var slots) && _slots.TryGetValue(indicator.Code, out var slot) && slots[slot] != NoTarget ? slots[slot] : null;
}
