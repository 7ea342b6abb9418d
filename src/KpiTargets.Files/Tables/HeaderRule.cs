namespace KpiTargets.Files.Tables;

/// <summary>
/// What the header of a table looks like to the layout that reads it, so that a reader can find the header below a
/// sheet's title rows (<see cref="HeaderSearch"/>) whatever the layout: results, counts, targets.
/// </summary>
/// <param name="Names">
/// Whether a row's titles (a group title already joined to the title below it) name the columns the layout needs; it
/// must agree with the layout, which reports the missing columns of a header it refuses.
/// </param>
internal sealed record HeaderRule(Func<IReadOnlyList<string>, bool> Names);
