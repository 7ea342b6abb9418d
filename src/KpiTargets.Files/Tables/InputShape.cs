namespace KpiTargets.Files.Tables;

/// <summary>
/// What an input's header said about its columns, learnt while the input is read: a writer whose columns depend on it
/// (the targets' numerator and denominator) asks once the header has been read, before its first row.
/// </summary>
internal sealed class InputShape
{
    /// <summary>Whether the input has numerator and denominator columns: a counts file, or results with their counts.</summary>
    public bool HasCounts { get; set; }

    /// <summary>The line of the header, once read; 0 before.</summary>
    public long HeaderLine { get; private set; }

    /// <summary>The header's titles, comma-separated, for a message about the columns; empty before it is read.</summary>
    public string HeaderTitles { get; private set; } = "";

    /// <summary>Takes what the header says: its line, its titles and whether it has counts.</summary>
    public void Learn(RawRecord header, bool hasCounts)
    {
        HeaderLine = header.Line;
        HeaderTitles = string.Join(", ", header.Fields);
        HasCounts = hasCounts;
    }
}
