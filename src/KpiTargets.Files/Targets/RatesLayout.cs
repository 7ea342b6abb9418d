using KpiTargets.Files.Csv;
using KpiTargets.Files.Formats;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Targets;

/// <summary>
/// The output of <c>rates</c>: the results layout <c>assign</c> reads, one row per result in input order, with the counts
/// the result was computed from: <c>unit, indicator, result_2023, numerator, denominator</c> (or the Vietnamese titles).
/// A result without counts keeps its counts cells empty; so does a result of a zero denominator its result cell.
/// </summary>
internal sealed class RatesLayout : IDisposable
{
    // Readable widths in Excel's character units, as the targets' first columns have.
    private static readonly double[] Widths = [40, 10, 12, 12, 12];

    private readonly ITableWriter _writer;
    private readonly Cell[] _row = new Cell[5];

    /// <summary>Writes the header into <paramref name="destination"/>, in the format <paramref name="outputPath"/> names.</summary>
    /// <param name="outputPath">The output path: a workbook when it ends in <c>.xlsx</c>, CSV otherwise or for standard output.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="text">The titles' language: the targets' first three titles, then the counts'.</param>
    public RatesLayout(string? outputPath, Stream destination, OutputText text)
    {
        _writer = TableFiles.CreateWriter(outputPath, destination, guardFormulas: true, "results_2023", Widths, CsvDialect.Plain, startsFile: true);
        _writer.WriteRow([.. text.LongHeader.Take(3).Concat(text.CountsHeader).Select(title => (Cell)title)]);
    }

    /// <summary>Writes one result and the counts it came from.</summary>
    public void Add(string unit, Indicator indicator, decimal? result2023, RateCounts? counts)
    {
        _row[0] = unit;
        _row[1] = indicator.Code;
        _row[2] = Cell.Of(result2023);
        _row[3] = counts is null ? default : Cell.Of(counts.Numerator);
        _row[4] = counts is null ? default : Cell.Of(counts.Denominator);
        _writer.WriteRow(_row);
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
