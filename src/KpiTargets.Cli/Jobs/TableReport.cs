using KpiTargets.Files.Tables;

namespace KpiTargets.Cli.Jobs;

/// <summary>
/// The <c>--verbose</c> line on standard error: which worksheet and which rows were read as the header and the table,
/// and which rows below it were left out as the footer ("read sheet 'Tổng hợp' of results.xlsx: header rows 5–6,
/// table rows 7–38; footer rows 40–45 left out").
/// </summary>
internal static class TableReport
{
    /// <summary>Writes the line, when the run is verbose and a header was read.</summary>
    public static void Write(TableExtent extent, string file, InputOptions options, CliConsole console)
    {
        if (!options.Verbose || extent.HeaderLastLine == 0)
        {
            return;
        }

        console.Error.WriteLine(options.Messages.TableRead(
            file,
            extent.Sheet,
            (extent.HeaderFirstLine, extent.HeaderLastLine),
            (extent.FirstDataLine, extent.LastDataLine),
            (extent.FooterFirstLine, extent.FooterLastLine)));
    }
}
