namespace KpiTargets.Files.Tables;

/// <summary>One record of a table file, before its header gives the fields a meaning.</summary>
/// <param name="Line">The physical line (CSV) or row number (workbook) the record starts on, 1-based.</param>
/// <param name="Fields">
/// The fields, Unicode NFC; a workbook row is padded to the header's width. Read them before the reader moves on
/// (see <see cref="RecordFields"/>).
/// </param>
internal readonly record struct RawRecord(long Line, RecordFields Fields)
{
    /// <summary>
    /// The problem of a record whose width is not the header's, given as the header's width (cut or padded with empty
    /// fields); <see langword="null"/> when it fits. Such a record is held with its problem until the end of the table
    /// is known (<see cref="TableEnd"/>): a footer line beside or below the table is left out, whatever its width.
    /// </summary>
    public string? Misfit { get; init; }

    /// <summary>The last line a record may start on (2³¹ - 1): a file longer than that, tens of gigabytes, is refused.</summary>
    public const long MaxLine = int.MaxValue;
}
