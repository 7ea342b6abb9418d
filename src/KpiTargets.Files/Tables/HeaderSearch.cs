namespace KpiTargets.Files.Tables;

/// <summary>
/// Finds a table's header in the first rows of a sheet, as office sheets have it: below title rows ("ỦY BAN NHÂN DÂN
/// …", "BẢNG TỔNG HỢP …"), and often in two rows, a group title (<c>Kết quả thực hiện năm 2023 (%)</c>, merged across)
/// over the titles of the columns it groups (<c>CT1</c>, <c>CT2</c>, …). The layout says what a header names
/// (<see cref="HeaderRule"/>); the search knows only rows.
/// </summary>
/// <remarks>
/// <para>
/// Each row within the first <see cref="MaxRows"/>, in order, is a candidate: the header is the first that names the
/// layout's columns, on its own or joined with the row below it (<see cref="Join"/>). The two-row reading wins when
/// both name them and the row below holds no number, as titles do and data does not: <c>CT1 | | CT2 |</c> over
/// <c>Tử số | Mẫu số | Tử số | Mẫu số</c>. When no row qualifies, the first row stands as the header, so the layout
/// reports what it misses there, as it did before headers were searched for.
/// </para>
/// <para>
/// A reader adds its records one at a time, copied, until <see cref="Add"/> answers; then it reads
/// <see cref="Rest"/>, the records it gave past the header, before its own. Memory: at most <see cref="MaxRows"/> and
/// one records.
/// </para>
/// </remarks>
internal sealed class HeaderSearch(HeaderRule rule)
{
    /// <summary>The rows (line or row numbers) a header is looked for in.</summary>
    public const int MaxRows = 30;

    private readonly List<RawRecord> _rows = [];
    private int _candidate;

    /// <summary>The header, once decided; <see langword="null"/> before, and when the table has no row at all.</summary>
    public TableHeader? Header { get; private set; }

    /// <summary>The records added after the header's last row, once it is decided: the first rows of the table.</summary>
    public IReadOnlyList<RawRecord> Rest { get; private set; } = [];

    /// <summary>Whether the header is decided (or the table found to have no rows).</summary>
    public bool IsDecided { get; private set; }

    /// <summary>Adds the next record, whose fields the search keeps (copy a reader's reused fields first).</summary>
    /// <returns>Whether the header is now decided.</returns>
    public bool Add(RawRecord record)
    {
        if (IsDecided)
        {
            throw new InvalidOperationException("The header is already decided.");
        }

        _rows.Add(record);
        return Decide(ended: false);
    }

    /// <summary>Tells the search that the table has no more records; the header is decided with what was added.</summary>
    public void End()
    {
        if (!IsDecided)
        {
            Decide(ended: true);
        }
    }

    /// <summary>
    /// The titles of a two-row header: each title of <paramref name="lower"/> after the group title above it. A group
    /// title merged across columns is in its first cell only, so it is carried right over the empty cells above the
    /// titles it groups, for as long as there are titles below; a title merged down (<c>STT</c>, <c>Tên đơn vị</c>)
    /// has nothing below it and stands alone. Both parts are trimmed and joined by a space: <c>CT1 Tử số</c>.
    /// </summary>
    /// <remarks>
    /// Workbooks list their merged cells after the last row, so the reader would have to read a sheet twice to know
    /// the spans exactly; carrying the title gives the same titles for every merge Excel makes over titles, and reads
    /// CSV saved from such a sheet, where the merges are gone, the same way.
    /// </remarks>
    public static RecordFields Join(IReadOnlyList<string> upper, IReadOnlyList<string> lower)
    {
        var titles = new string[Math.Max(upper.Count, lower.Count)];
        string? group = null;
        for (var column = 0; column < titles.Length; column++)
        {
            var above = column < upper.Count ? upper[column].Trim() : "";
            var below = column < lower.Count ? lower[column].Trim() : "";
            if (above.Length > 0)
            {
                group = below.Length > 0 ? above : null;
                titles[column] = below.Length > 0 ? $"{above} {below}" : above;
            }
            else if (below.Length > 0)
            {
                titles[column] = group is null ? below : $"{group} {below}";
            }
            else
            {
                group = null;
                titles[column] = "";
            }
        }

        return RecordFields.Of(titles);
    }

    // Decides every candidate that can be decided with the rows added so far; true once the header is known.
    private bool Decide(bool ended)
    {
        while (_candidate < _rows.Count)
        {
            var row = _rows[_candidate];
            var hasBelow = _candidate + 1 < _rows.Count;
            if (row.Line > MaxRows)
            {
                break;
            }

            if (!hasBelow && !ended)
            {
                // The row below may join this one: wait for it.
                return false;
            }

            var alone = rule.Names(row.Fields);
            var below = hasBelow ? _rows[_candidate + 1] : default;
            if (hasBelow && below.Line <= MaxRows && (!alone || HoldsNoNumber(below.Fields)))
            {
                var joined = Join(row.Fields, below.Fields);
                if (rule.Names(joined))
                {
                    return Decided(new TableHeader(row.Line, below.Line, joined, Found: true), _candidate + 2);
                }
            }

            if (alone)
            {
                return Decided(new TableHeader(row.Line, row.Line, row.Fields, Found: true), _candidate + 1);
            }

            _candidate++;
        }

        if (!ended && (_rows.Count == 0 || _rows[^1].Line <= MaxRows))
        {
            return false;
        }

        // No row names the layout's columns: the first stands as the header, for the layout to say what it misses.
        return _rows.Count == 0
            ? Decided(null, 0)
            : Decided(new TableHeader(_rows[0].Line, _rows[0].Line, _rows[0].Fields, Found: false), 1);
    }

    private bool Decided(TableHeader? header, int restFrom)
    {
        Header = header;
        Rest = _rows[Math.Min(restFrom, _rows.Count)..];
        _rows.Clear();
        IsDecided = true;
        return true;
    }

    private static bool HoldsNoNumber(IReadOnlyList<string> fields) =>
        !fields.Any(field => DecimalInput.TryParse(field, out _));
}
