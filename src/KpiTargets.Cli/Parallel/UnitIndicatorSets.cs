using System.Runtime.InteropServices;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// The indicators each unit has a result for, over the whole file: the duplicate check of
/// <see cref="Input.SeenResults"/> for runs of rows, which chunks assigned side by side report in file order.
/// </summary>
/// <remarks>
/// Units are known by the 64-bit hash of their name (<see cref="UnitRun.UnitHash"/>), so memory grows by 16 bytes and
/// a slot per distinct unit and holds no name. Two units whose names share a hash (about once in 10^7 files of a
/// million units) look like one: a row may then look like a duplicate, which sends the file to the full reader,
/// whose check compares names. A real duplicate always has the same hash, so it is never missed.
/// </remarks>
internal sealed class UnitIndicatorSets
{
    private readonly Dictionary<ulong, ulong> _indicatorsOf = [];

    /// <summary>Adds a run's indicators to its unit's.</summary>
    /// <returns><see langword="false"/> when the unit already had a result for one of them.</returns>
    public bool TryAdd(UnitRun run)
    {
        ref var indicators = ref CollectionsMarshal.GetValueRefOrAddDefault(_indicatorsOf, run.UnitHash, out _);
        if ((indicators & run.Indicators) != 0)
        {
            return false;
        }

        indicators |= run.Indicators;
        return true;
    }
}
