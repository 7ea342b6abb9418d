using KpiTargets.Cli.Input;
using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Jobs;

/// <summary>Runs every check of <c>assign</c> on a results file and writes no targets; prints a one-line summary when valid.</summary>
internal static class ValidateJob
{
    public static int Run(string input, string? catalogPath, CliConsole console)
    {
        var problems = new ProblemLog();
        var catalog = CatalogSource.Load(catalogPath, problems);
        if (catalog is null)
        {
            problems.WriteTo(console.Error);
            return ExitCodes.DataError;
        }

        var source = InputSources.Resolve(input, console);
        var rows = 0L;
        var withoutResult = 0L;
        foreach (var result in CheckedResults.Read(source, catalog, problems))
        {
            rows++;
            withoutResult += result.Result2023 is null ? 1 : 0;
        }

        if (problems.HasProblems)
        {
            problems.WriteTo(console.Error);
            return ExitCodes.DataError;
        }

        console.Output.WriteLine($"{source.DisplayName}: valid, {rows} rows ({withoutResult} without a 2023 result).");
        return ExitCodes.Success;
    }
}
