namespace KpiTargets.Files.Tables;

/// <summary>
/// Ends a table where its data ends. Below the last data row an office sheet has a footer: a blank row, the place and
/// date ("Bình Sơn, ngày … tháng … năm 2024"), a signature block ("NGƯỜI LẬP BIỂU", "(ký, ghi rõ họ tên)"), notes.
/// Rows that are not data (the layout says which are: <c>isData</c>) are held back until the next data row, which
/// lets them through to be read as they always were (a row with no unit between data rows is an error with its
/// line); at the end of the table they are the footer and are left out.
/// </summary>
/// <remarks>
/// Streams: only a run of rows that are not data is held, at most <see cref="MaxHeld"/> of them; a longer run is let
/// through as it comes, since no footer is that long.
/// </remarks>
internal static class TableEnd
{
    /// <summary>The most rows held back at once.</summary>
    public const int MaxHeld = 10_000;

    /// <summary>The table's rows without its footer.</summary>
    /// <param name="records">The records after the header.</param>
    /// <param name="isData">Whether a record is a data row, as the layout sees it.</param>
    /// <param name="extent">Where the first and last data rows and the footer are recorded.</param>
    public static IEnumerable<RawRecord> Rows(IEnumerable<RawRecord> records, Func<RecordFields, bool> isData, TableExtent extent)
    {
        var held = new List<RawRecord>();
        foreach (var record in records)
        {
            var data = isData(record.Fields);
            if (!data)
            {
                // A reader refills its fields for the next record: a held record keeps a copy.
                held.Add(new RawRecord(record.Line, RecordFields.Of([.. record.Fields])));
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

            foreach (var waiting in held)
            {
                yield return waiting;
            }

            held.Clear();
            if (data)
            {
                yield return record;
            }
        }

        extent.FooterFirstLine = held.Count > 0 ? held[0].Line : 0;
        extent.FooterLastLine = held.Count > 0 ? held[^1].Line : 0;
    }
}
