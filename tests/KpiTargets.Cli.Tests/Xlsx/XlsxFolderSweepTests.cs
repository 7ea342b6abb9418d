using KpiTargets.Cli.Input;
using KpiTargets.Cli.Problems;
using KpiTargets.Cli.Xlsx;
using Xunit.Abstractions;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// Every <c>.xlsx</c> under a folder of real workbooks, read by <see cref="XlsxRecords"/> and by <c>validate</c>: each
/// must give records or a clear problem, never an exception. Opt-in, because such a folder is not part of the
/// repository: set <c>KPI_TARGETS_WORKBOOK_FOLDER</c> (to a copy of ExcelDataReader's <c>src/TestData</c>, say, about
/// 180 workbooks written by Excel, LibreOffice, Google Sheets, Apache POI and others). Without it the test checks nothing.
/// </summary>
public sealed class XlsxFolderSweepTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_workbook_in_the_folder_reads_as_records_or_as_a_clear_problem()
    {
        var folder = Environment.GetEnvironmentVariable("KPI_TARGETS_WORKBOOK_FOLDER");
        if (string.IsNullOrEmpty(folder))
        {
            output.WriteLine("KPI_TARGETS_WORKBOOK_FOLDER is not set: nothing to sweep.");
            return;
        }

        var failures = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, path);
            var problems = new ProblemLog();
            try
            {
                var records = XlsxRecords.Read(InputSource.FromFile(path), InputOptions.Default, problems).ToList();
                var first = problems.Kept.Count > 0 ? problems.Kept[0].Message : records.Count > 0 ? string.Join("|", records[0].Fields) : "";
                output.WriteLine($"{name}: {records.Count} records, {problems.Count} problems: {Shortened(first)}");
            }
            catch (Exception exception)
            {
                failures.Add($"{name}: the reader threw {exception.GetType().Name}: {exception.Message}");
                continue;
            }

            // An empty first sheet reads as no records and no problem; validate then says the file is empty.
            var run = CliRun.Of(["validate", path]);
            if (run.ExitCode is not (0 or 2) || (run.ExitCode == 2 && !run.Error.Contains(path, StringComparison.Ordinal))
                || run.Error.Contains("Exception", StringComparison.Ordinal) || run.Error.Contains("   at ", StringComparison.Ordinal))
            {
                failures.Add($"{name}: validate exited {run.ExitCode}: {Shortened(run.Error)}");
            }
        }

        failures.Should().BeEmpty();
    }

    private static string Shortened(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
