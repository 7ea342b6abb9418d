using KpiTargets.Files.Problems;

namespace KpiTargets.Files.Tables;

/// <summary>
/// Ends a table where its data ends. Below the last data row an office sheet has a footer: a blank row, the place and
/// date ("Bình Sơn, ngày … tháng … năm 2024"), a signature block ("NGƯỜI LẬP BIỂU", "(ký, ghi rõ họ tên)"), notes.
/// Rows that are not data (the layout says which are: <c>isData</c>) are held back until the next data row, which
/// lets them through to be read as they always were (a row with no unit between data rows is an error with its
/// line); at the end of the table they are the footer and are left out. A record of another width than the header's
/// (<see cref="RawRecord.Misfit"/>) is an error only where it is part of the table; in the footer it is left out too.
/// </summary>
/// <remarks>
/// A table without a single data row is a template whose values are all empty: its rows (the layout says which are:
/// <c>isRow</c>, a unit's name) are the table, down to the last of them, and only the rows below are its footer.
/// Streams: only a run of rows that are not data is held, at most <see cref="MaxHeld"/> of them; a longer run is let
/// through as it comes, since no footer is that long.
/// </remarks>
internal static class TableEnd
{
    /// <summary>The most rows held back at once.</summary>
    public const int MaxHeld = 10_000;

    /// <summary>The table's rows without its footer.</summary>
    /// <param name="records">The records after the header, each as wide as the header.</param>
    /// <param name="isData">Whether a record is a data row, as the layout sees it.</param>
    /// <param name="isRow">Whether a record that is not data is a row of the table all the same, as the layout sees it.</param>
    /// <param name="extent">Where the first and last data rows and the footer are recorded.</param>
    /// <param name="problems">Where the width problems of the table's records go.</param>
    /// <param name="file">The file, as problems name it.</param>
    public static IEnumerable<RawRecord> Rows(
        IEnumerable<RawRecord> records, Func<RecordFields, bool> isData, Func<RecordFields, bool> isRow, TableExtent extent, ProblemLog problems, string file)
    {
        var held = new List<RawRecord>();
        foreach (var record in records)
        {
            var data = isData(record.Fields);
            if (!data)
            {
                // A reader refills its fields for the next record: a held record keeps a copy.
                held.Add(record with { Fields = RecordFields.Of([.. record.Fields]) });
                if (held.Count < MaxHeld)
                {
                    continue;
                }
            }
            else
            {
                extent.FirstDataLine = extent.FirstDataLine > 0 ? extent.FirstDataLine : record.Line;
                extent.LastDataLine = record.Line;
            }

            // Most rows come with nothing held: the held rows' iterator is built only when there are some.
            if (held.Count > 0)
            {
                foreach (var waiting in Table(held, problems, file))
                {
                    yield return waiting;
                }

                held.Clear();
            }
            if (data && Fits(record, problems, file))
            {
                yield return record;
            }
        }

        var footer = 0;
        if (extent.FirstDataLine == 0)
        {
            // No data at all: the rows down to the last that is one are the table.
            var rows = held.FindLastIndex(record => record.Misfit is null && isRow(record.Fields)) + 1;
            extent.FirstDataLine = rows > 0 ? held[0].Line : 0;
            extent.LastDataLine = rows > 0 ? held[rows - 1].Line : 0;
            foreach (var row in Table(held[..rows], problems, file))
            {
                yield return row;
            }

            footer = rows;
        }

        extent.FooterFirstLine = held.Count > footer ? held[footer].Line : 0;
        extent.FooterLastLine = held.Count > footer ? held[^1].Line : 0;
    }

    // Held rows let through as part of the table: those of another width are reported instead.
    private static IEnumerable<RawRecord> Table(List<RawRecord> rows, ProblemLog problems, string file) =>
        rows.Where(row => Fits(row, problems, file));

    private static bool Fits(RawRecord record, ProblemLog problems, string file)
    {
        if (record.Misfit is { } misfit)
        {
            problems.Add(file, record.Line, misfit);
            return false;
        }

        return true;
    }
}
