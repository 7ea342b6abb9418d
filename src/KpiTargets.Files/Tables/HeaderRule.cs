namespace KpiTargets.Files.Tables;

/// <summary>
/// What the header of a table looks like to the layout that reads it, so that a reader can find the header below a
/// sheet's title rows (<see cref="HeaderSearch"/>) whatever the layout: results, counts, targets.
/// </summary>
/// <param name="Names">
/// Whether a row's titles (a group title already joined to the title below it) name the columns the layout needs; it
/// must agree with the layout, which reports the missing columns of a header it refuses.
/// </param>
/// <param name="Recognises">
/// Whether the layout reads one title on its own as one of its columns (<c>CT3</c>, <c>Tên đơn vị</c>,
/// <c>CT1 Tử số</c>): a two-row header keeps such a title rather than lose it to a line above it
/// (<see cref="HeaderSearch.Join"/>).
/// </param>
internal sealed record HeaderRule(Func<IReadOnlyList<string>, bool> Names, Func<string, bool> Recognises);
