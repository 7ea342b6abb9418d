using CsvHelper;

namespace KpiTargets.Cli.Output;

/// <summary>
/// Writes assignments as the targets CSV: UTF-8 without BOM, LF line ends, RFC 4180 quoting, numbers in invariant
/// culture and shortest form. The first six columns are the contract scripts rely on; the rest are for reviewers.
/// </summary>
internal sealed class TargetsCsvWriter : IDisposable
{
    /// <summary>The column titles, in order.</summary>
    public static readonly string[] Header =
    [
        "unit", "indicator", "result_2023", "central_target", "target_2024", "rule",
        "indicator_name", "capped", "no_baseline", "explanation",
    ];

    private readonly CsvWriter _csv;

    public TargetsCsvWriter(Stream destination)
    {
        _csv = CsvWriter.Create(destination, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        _csv.WriteRecord(Header);
    }

    public void Write(Assignment assignment)
    {
        _csv.WriteField(assignment.Unit);
        _csv.WriteField(assignment.Indicator.Code);
        _csv.WriteField(assignment.Result2023 is { } result ? DecimalText.Shortest(result) : "");
        _csv.WriteField(DecimalText.Shortest(assignment.CentralTarget));
        _csv.WriteField(DecimalText.Shortest(assignment.Target2024));
        _csv.WriteField(assignment.Clause.Letter());
        _csv.WriteField(assignment.Indicator.NameVietnamese);
        _csv.WriteField(assignment.IsCapped ? "true" : "false");
        _csv.WriteField(assignment.HasNoBaseline ? "true" : "false");
        _csv.WriteField(assignment.Explanation);
        _csv.EndRecord();
    }

    public void Dispose() => _csv.Dispose();
}
