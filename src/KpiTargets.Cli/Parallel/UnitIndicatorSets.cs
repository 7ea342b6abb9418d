using System.Runtime.InteropServices;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// The indicators each unit has a result for, over the whole file: the duplicate check of
/// <see cref="Input.SeenResults"/> for runs of rows, which chunks assigned side by side report in file order. Memory
/// grows with the distinct units only: one name and one 64-bit set each.
/// </summary>
internal sealed class UnitIndicatorSets
{
    private readonly Dictionary<string, ulong> _indicatorsOf = new(StringComparer.Ordinal);

    /// <summary>Adds a run's indicators to its unit's.</summary>
    /// <returns><see langword="false"/> when the unit already had a result for one of them.</returns>
    public bool TryAdd(UnitRun run)
    {
        ref var indicators = ref CollectionsMarshal.GetValueRefOrAddDefault(_indicatorsOf, run.Unit, out _);
        if ((indicators & run.Indicators) != 0)
        {
            return false;
        }

        indicators |= run.Indicators;
        return true;
    }
}
