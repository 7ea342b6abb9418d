namespace KpiTargets.Cli.Parallel;

/// <summary>
/// The indicators each unit has a result for, over the whole file: the duplicate check of
/// <see cref="Input.SeenResults"/> for runs of rows, which chunks assigned side by side report in file order.
/// </summary>
/// <remarks>
/// <para>
/// Units are known by the 64-bit hash of their name (<see cref="UnitRun.UnitHash"/>), so memory grows by a 16-byte
/// slot per distinct unit, 21 to 43 bytes with the free slots, and holds no name. Two units whose names share a hash (about once in 10^7 files of a
/// million units) look like one: a row may then look like a duplicate, which sends the file to the full reader,
/// whose check compares names. A real duplicate always has the same hash, so it is never missed.
/// </para>
/// <para>
/// The table is open-addressed, a unit's hash and indicators side by side in one array: the check runs on the worker
/// that writes the chunks, one chunk at a time, once per run of rows, and a lookup among a million units is one cache miss here
/// against two or three in a <see cref="Dictionary{TKey, TValue}"/>.
/// </para>
/// </remarks>
internal sealed class UnitIndicatorSets
{
    // A slot's hash of 0 marks it empty, so a unit whose hash is 0 is stored as 1: it may then share a slot with
    // another unit, which is the harmless kind of clash described above.
    private const ulong Empty = 0;

    // Slot i is _slots[2i] (the unit's hash) and _slots[2i + 1] (its indicators).
    private ulong[] _slots = new ulong[2 * 1024];
    private int _count;
    private ulong _touched;

    /// <summary>Adds the indicators of a chunk's runs to their units', in order.</summary>
    /// <returns><see langword="false"/> when a unit already had a result for one of them.</returns>
    public bool TryAddAll(ReadOnlySpan<UnitRun> runs)
    {
        Touch(runs);
        foreach (var run in runs)
        {
            if (!TryAdd(run))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds a run's indicators to its unit's.</summary>
    /// <returns><see langword="false"/> when the unit already had a result for one of them.</returns>
    public bool TryAdd(UnitRun run)
    {
        var key = run.UnitHash == Empty ? 1 : run.UnitHash;
        ref var indicators = ref Find(_slots, key, out var isNew);
        if (isNew)
        {
            // At most three quarters full, so that probe sequences stay short (a few slots, in one or two cache lines).
            if (++_count * 4L > _slots.Length / 2 * 3L)
            {
                Grow();
                indicators = ref Find(_slots, key, out _);
            }
        }
        else if ((indicators & run.Indicators) != 0)
        {
            return false;
        }

        indicators |= run.Indicators;
        return true;
    }

    // Reads the first slot each run will probe before any is used. The reads depend on nothing, so the processor has
    // many cache misses in flight at once rather than one per run (a table of a million units is far larger than the
    // caches); the probes that follow find the slots cached. The result is kept only so that the reads are made.
    private void Touch(ReadOnlySpan<UnitRun> runs)
    {
        var slots = _slots;
        var mask = (slots.Length / 2) - 1;
        var touched = 0UL;
        foreach (var run in runs)
        {
            touched |= slots[2 * ((int)run.UnitHash & mask)];
        }

        _touched = touched;
    }

    // The indicators' slot of `key`, claimed for it when it was not there (isNew): linear probing from the hash's
    // low bits, which XxHash3 spreads evenly.
    private static ref ulong Find(ulong[] slots, ulong key, out bool isNew)
    {
        var mask = (slots.Length / 2) - 1;
        for (var slot = (int)key & mask; ; slot = (slot + 1) & mask)
        {
            var stored = slots[2 * slot];
            if (stored == key || stored == Empty)
            {
                isNew = stored == Empty;
                slots[2 * slot] = key;
                return ref slots[(2 * slot) + 1];
            }
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[old.Length * 2];

        // Written through before any read: a fresh page that is first read (as probes and Touch do) maps the system's
        // shared zero page, and the write that follows copies it and interrupts the other cores to flush their address
        // caches, which cost more than the table's whole work.
        Array.Fill(_slots, Empty);
        for (var slot = 0; slot < old.Length; slot += 2)
        {
            if (old[slot] != Empty)
            {
                Find(_slots, old[slot], out _) = old[slot + 1];
            }
        }
    }
}
