namespace KpiTargets.Files.Csv;

/// <summary>How a CSV file we write is spelled: what separates fields and lines, the decimal mark, and a byte order mark.</summary>
/// <param name="Separator">Between fields.</param>
/// <param name="NewLine">After each record.</param>
/// <param name="DecimalMark">Between a number's whole part and its decimals.</param>
/// <param name="ByteOrderMark">Whether the file starts with UTF-8's byte order mark.</param>
internal sealed record CsvDialect(char Separator, string NewLine, char DecimalMark, bool ByteOrderMark)
{
    /// <summary>The contract for scripts: UTF-8 without a byte order mark, commas, LF, <c>.</c> in numbers.</summary>
    public static CsvDialect Plain { get; } = new(',', "\n", '.', ByteOrderMark: false);

    /// <summary>
    /// What Excel on a Vietnamese Windows machine opens by double-click with every letter and number right: UTF-8
    /// with a byte order mark (without one Excel reads the Windows code page), <c>;</c> between fields (the list
    /// separator where the decimal mark is a comma), decimal commas (<c>49,67</c>), CR LF.
    /// </summary>
    public static CsvDialect Excel { get; } = new(';', "\r\n", ',', ByteOrderMark: true);
}
