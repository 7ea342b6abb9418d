using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Csv;

/// <summary>The header of a CSV file and what reading its data in slices needs (<see cref="CsvRecords.ReadStart"/>).</summary>
/// <param name="HeaderLine">The line the header is on: its last line, when it has two.</param>
/// <param name="Header">The header's fields, kept.</param>
/// <param name="Separator">The separator the header was read with, given or detected.</param>
/// <param name="DataOffset">The byte where the record after the header starts.</param>
/// <param name="DataLine">The line that record starts on.</param>
internal sealed record CsvStart(long HeaderLine, RecordFields Header, char Separator, long DataOffset, long DataLine)
{
    /// <summary>The header's first line: a group title row above <see cref="HeaderLine"/>, or that line itself.</summary>
    public long HeaderFirstLine { get; init; } = HeaderLine;
}
