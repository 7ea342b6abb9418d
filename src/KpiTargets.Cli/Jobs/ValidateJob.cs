using KpiTargets.Files.Catalogs;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Results;
using KpiTargets.Files.Tables;

namespace KpiTargets.Cli.Jobs;

/// <summary>Runs every check of <c>assign</c> on a results file and writes no targets; prints a one-line summary when valid.</summary>
internal static class ValidateJob
{
    public static int Run(string input, InputOptions options, string? catalogPath, CliConsole console)
    {
        var problems = new ProblemLog();
        var catalog = CatalogCsvReader.Load(catalogPath, options.Messages, problems);
        if (catalog is null)
        {
            problems.WriteTo(console.Error, options.Messages, nothingWritten: false);
            return ExitCodes.DataError;
        }

        var source = InputSource.FromArgument(input, console.OpenStandardInput);
        var rows = 0L;
        var withoutResult = 0L;
        var checker = new ResultChecker(catalog, source.DisplayName, problems, options.Messages, options.RateDecimals);
        var extent = new TableExtent();
        foreach (var result in checker.Check(ResultsTable.Read(source, options, catalog, problems, extent: extent)))
        {
            rows++;
            withoutResult += result.Result2023 is null ? 1 : 0;
        }

        TableReport.Write(extent, source.DisplayName, options, console);
        AssignJob.WriteWarnings(checker, options, console);
        if (problems.HasProblems)
        {
            problems.WriteTo(console.Error, options.Messages, nothingWritten: false);
            return ExitCodes.DataError;
        }

        console.Output.WriteLine(options.Messages.Valid(source.DisplayName, rows, withoutResult));
        return ExitCodes.Success;
    }
}
