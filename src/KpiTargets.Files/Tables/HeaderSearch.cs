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
/// <c>Tử số | Mẫu số | Tử số | Mẫu số</c>, unless the row below names them on its own: then the row above is a title
/// line, not part of the header. A row of column numbers directly below the header (<see cref="IsNumbering"/>) is part
/// of it. When no row qualifies, the first row stands as the header, so the layout reports what it misses there, as it
/// did before headers were searched for.
/// </para>
/// <para>
/// A reader adds its records one at a time, copied, until <see cref="Add"/> answers; then it reads
/// <see cref="Rest"/>, the records it gave past the header, before its own. Memory: at most <see cref="MaxRows"/> and
/// two records.
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
    /// The titles of a two-row header: each title of <paramref name="lower"/> after the group title above it, when it
    /// needs it. A group title merged across columns is in its first cell only, so it is carried right over the empty
    /// cells above the titles it groups, for as long as there are titles below; a title merged down (<c>STT</c>,
    /// <c>Tên đơn vị</c>) has nothing below it and stands alone. Both parts are trimmed and joined by a space
    /// (<c>CT1</c> over <c>Tử số</c> gives <c>CT1 Tử số</c>), unless the layout reads the lower title on its own and
    /// not the joined one (<see cref="HeaderRule.Recognises"/>): <c>CT3</c> below "Đơn vị tính: %" or below
    /// "Năm 2023" stays <c>CT3</c>, so a line above the header never takes a column from it.
    /// </summary>
    /// <remarks>
    /// Workbooks list their merged cells after the last row, so the reader would have to read a sheet twice to know
    /// the spans exactly; carrying the title gives the same titles for every merge Excel makes over titles, and reads
    /// CSV saved from such a sheet, where the merges are gone, the same way.
    /// </remarks>
    public static RecordFields Join(IReadOnlyList<string> upper, IReadOnlyList<string> lower, HeaderRule rule)
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
                titles[column] = below.Length > 0 ? Grouped(above, below, rule) : above;
            }
            else if (below.Length > 0)
            {
                titles[column] = group is null ? below : Grouped(group, below, rule);
            }
            else
            {
                group = null;
                titles[column] = "";
            }
        }

        return RecordFields.Of(titles);
    }

    // The title below a group title: joined to it, unless only the title alone is one the layout reads.
    private static string Grouped(string group, string below, HeaderRule rule)
    {
        var joined = $"{group} {below}";
        return rule.Recognises(joined) || !rule.Recognises(below) ? joined : below;
    }

    /// <summary>
    /// Whether a row holds the numbers of the columns, as office sheets put them under the titles: <c>1, 2, 3, 4</c>,
    /// <c>A, B, 1, 2</c> or <c>(1), (2), …</c>; its cells, in order and leaving out empty ones, are letters from
    /// <c>A</c> on (two or more), then whole numbers from 1 on, at least two cells in all. Such a row is part of the
    /// header, never data.
    /// </summary>
    public static bool IsNumbering(IReadOnlyList<string> fields)
    {
        var (letters, numbers) = (0, 0);
        foreach (var field in fields)
        {
            var cell = field.Trim();
            cell = cell.Length > 2 && cell[0] == '(' && cell[^1] == ')' ? cell[1..^1].Trim() : cell;
            if (cell.Length == 0)
            {
                continue;
            }

            if (numbers == 0 && cell.Length == 1 && cell[0] == 'A' + letters)
            {
                letters++;
            }
            else if (cell == (numbers + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                numbers++;
            }
            else
            {
                return false;
            }
        }

        // One letter alone may be a unit named "A" in a row of numbers; numbered columns have two letters or none.
        return letters != 1 && letters + numbers >= 2;
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
                // The row below may join this one, or number its columns: wait for it.
                return false;
            }

            var alone = rule.Names(row.Fields);
            var below = hasBelow ? _rows[_candidate + 1] : default;

            // A row that names the columns on its own below one that does not is the header, not a title line's part.
            if (hasBelow && below.Line <= MaxRows && (!alone || HoldsNoNumber(below.Fields)) && (alone || !rule.Names(below.Fields)))
            {
                var joined = Join(row.Fields, below.Fields, rule);
                if (rule.Names(joined))
                {
                    if (_candidate + 2 >= _rows.Count && !ended)
                    {
                        // A row of column numbers may follow a two-row header too: wait for the row after it.
                        return false;
                    }

                    return Decided(row.Line, below.Line, joined, _candidate + 2);
                }
            }

            if (alone)
            {
                return Decided(row.Line, row.Line, row.Fields, _candidate + 1);
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

    // A header found on rows first to last, with the row of column numbers below it when there is one.
    private bool Decided(long first, long last, RecordFields titles, int next) =>
        next < _rows.Count && IsNumbering(_rows[next].Fields)
            ? Decided(new TableHeader(first, _rows[next].Line, titles, Found: true), next + 1)
            : Decided(new TableHeader(first, last, titles, Found: true), next);

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
