using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Targets;

/// <summary>
/// One row per unit, in order of first appearance, with a 2024 target column per indicator present in the input
/// (catalog order); a cell is empty where the indicator does not apply to the unit. Holds one row per distinct unit
/// until <see cref="Complete"/>, since a unit's results may be spread through the input.
/// </summary>
internal sealed class WideTargetsLayout(ITableWriter writer, IndicatorCatalog catalog, OutputText text) : TargetsLayout(writer)
{
    private readonly Dictionary<string, int> _indicatorIndex = catalog.Indicators
        .Select((indicator, index) => (indicator.Code, index))
        .ToDictionary(pair => pair.Code, pair => pair.index, StringComparer.OrdinalIgnoreCase);

    private readonly List<(string Unit, decimal?[] Targets)> _units = [];
    private readonly Dictionary<string, int> _unitIndex = [];
    private readonly bool[] _present = new bool[catalog.Indicators.Count];

    /// <inheritdoc/>
    public override void Add(Assignment assignment)
    {
        var key = assignment.Unit.Trim();
        if (!_unitIndex.TryGetValue(key, out var index))
        {
            index = _units.Count;
            _unitIndex.Add(key, index);
            _units.Add((assignment.Unit, new decimal?[catalog.Indicators.Count]));
        }

        var column = _indicatorIndex[assignment.Indicator.Code];
        _units[index].Targets[column] = assignment.Target2024;
        _present[column] = true;
    }

    /// <inheritdoc/>
    public override void Complete()
    {
        var columns = Enumerable.Range(0, _present.Length).Where(i => _present[i]).ToArray();
        Writer.WriteRow([text.UnitTitle, .. columns.Select(i => (Cell)text.WideTargetTitle(catalog.Indicators[i].Code))]);
        foreach (var (unit, targets) in _units)
        {
            Writer.WriteRow([unit, .. columns.Select(i => Cell.Of(targets[i]))]);
        }
    }
}
