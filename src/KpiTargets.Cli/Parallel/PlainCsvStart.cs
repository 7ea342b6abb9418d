using CsvHelper;
using KpiTargets.Cli.Input;
using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Parallel;

/// <summary>
/// What the parallel reader needs from a results file's header, read by the same CsvHelper reader and the same header
/// rules as the full reader, so that both agree on the separator, the columns and where the data begins.
/// </summary>
/// <param name="Separator">The field separator, given or detected.</param>
/// <param name="DataOffset">The offset of the first byte after the header's line end.</param>
/// <param name="Width">How many fields the header has; every data row must have as many.</param>
/// <param name="Unit">The 0-based column of the unit.</param>
/// <param name="Indicator">The column of the indicator code.</param>
/// <param name="Result">The column of the 2023 result.</param>
internal sealed record PlainCsvStart(byte Separator, long DataOffset, int Width, int Unit, int Indicator, int Result)
{
    /// <summary>
    /// Reads the header of the long-layout CSV file at <paramref name="path"/>; <see langword="null"/> when the file
    /// is anything the full reader should see instead: not a regular file, UTF-16, a header with a problem, the wide
    /// layout, a header that is the file's last line.
    /// </summary>
    public static PlainCsvStart? Read(string path, InputOptions options, IndicatorCatalog catalog)
    {
        // A pipe (`assign <(…)`, `… | assign /dev/stdin`) or a FIFO can be read only once, and only by the full reader:
        // the system gives it no length, and a stream over it cannot seek. Nothing is read from it here.
        if (new FileInfo(path).Length == 0)
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        if (!stream.CanSeek || StartsWithUtf16Mark(stream))
        {
            return null;
        }

        var malformed = false;
        var csvOptions = new CsvReaderOptions
        {
            Separator = options.Delimiter,
            HasHeader = false,
            TrackLineNumbers = true,
            MaxRecordSize = CsvRecords.MaxRecordMiB << 20,
            OnMalformedRecord = _ => malformed = true,
        };
        using var reader = CsvReader.Create(stream, csvOptions, leaveOpen: true);
        var fields = new CsvRecordFields(reader);
        while (true)
        {
            if (!ReadNext(reader) || malformed)
            {
                return null;
            }

            var flaw = fields.Inspect();
            if (flaw == CsvRecordFields.Flaw.None)
            {
                break;
            }

            if (flaw != CsvRecordFields.Flaw.Blank)
            {
                return null;
            }
        }

        var problems = new ProblemLog();
        var layout = ResultsTable.Layout.Of(new RawRecord(reader.LineNumber, fields), options.Layout, catalog, path, problems, options.Messages);
        if (layout is null || layout.CodeColumns is not null || problems.HasProblems || reader.Separator > 0x7F)
        {
            return null;
        }

        var headerEnd = reader.ByteOffset + reader.RawRecord.Length;
        var width = fields.Count;
        if (width > PlainChunkAssigner.MaxColumns)
        {
            return null;
        }

        var separator = (byte)reader.Separator;
        var lineEnd = LineEndLength(stream, headerEnd);
        return lineEnd == 0 ? null : new PlainCsvStart(separator, headerEnd + lineEnd, width, layout.Unit, layout.Indicator, layout.Result);
    }

    // Whether there is a next record. One longer than the limit throws; the full reader reports it with its line, so
    // here it only means the file is not plain.
    private static bool ReadNext(CsvReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException)
        {
            return false;
        }
    }

    private static bool StartsWithUtf16Mark(Stream stream)
    {
        Span<byte> start = stackalloc byte[2];
        var read = stream.ReadAtLeast(start, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 2 && (start.SequenceEqual((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.SequenceEqual((ReadOnlySpan<byte>)[0xFE, 0xFF]));
    }

    // A line feed, or a carriage return and a line feed; 0 for the end of the file or a lone carriage return, which
    // the plain dialect leaves to the full reader.
    private static int LineEndLength(Stream stream, long offset)
    {
        Span<byte> end = stackalloc byte[2];
        stream.Position = offset;
        var read = stream.ReadAtLeast(end, 2, throwOnEndOfStream: false);
        return read >= 1 && end[0] == (byte)'\n' ? 1
            : read == 2 && end[0] == (byte)'\r' && end[1] == (byte)'\n' ? 2
            : 0;
    }
}
