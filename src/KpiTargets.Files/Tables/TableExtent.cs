namespace KpiTargets.Files.Tables;

/// <summary>
/// Where in a file the table was read, filled in as it is read: the sheet, the header rows, the first and last data
/// rows, and the rows below the data that were left out as the sheet's footer. What <c>--verbose</c> reports.
/// </summary>
/// <remarks>Line numbers are a CSV file's physical lines or a worksheet's row numbers; 0 where there is none.</remarks>
internal sealed class TableExtent
{
    /// <summary>The worksheet read; <see langword="null"/> for delimited text.</summary>
    public string? Sheet { get; set; }

    /// <summary>The header's first row.</summary>
    public long HeaderFirstLine { get; set; }

    /// <summary>The header's last row.</summary>
    public long HeaderLastLine { get; set; }

    /// <summary>The first row of the table's data.</summary>
    public long FirstDataLine { get; set; }

    /// <summary>The last row of the table's data.</summary>
    public long LastDataLine { get; set; }

    /// <summary>The first row below the data that was left out as the footer.</summary>
    public long FooterFirstLine { get; set; }

    /// <summary>The last row of the footer.</summary>
    public long FooterLastLine { get; set; }

    /// <summary>Records the header <paramref name="header"/>.</summary>
    public void SetHeader(TableHeader header)
    {
        HeaderFirstLine = header.FirstLine;
        HeaderLastLine = header.Line;
    }

    /// <summary>Takes what a later part of the same table saw: its data rows extend this part's, its footer replaces this one's.</summary>
    public void Extend(TableExtent later)
    {
        if (later.FirstDataLine > 0)
        {
            FirstDataLine = FirstDataLine > 0 ? FirstDataLine : later.FirstDataLine;
            LastDataLine = later.LastDataLine;
        }

        FooterFirstLine = later.FooterFirstLine;
        FooterLastLine = later.FooterLastLine;
    }
}
