using KpiTargets.Cli.Input;
using KpiTargets.Cli.Problems;

namespace KpiTargets.Cli.Jobs;

/// <summary>Runs every check of <c>assign</c> on a results file and writes no targets; prints a one-line summary when valid.</summary>
internal static class ValidateJob
{
    public static int Run(string input, InputOptions options, string? catalogPath, CliConsole console)
    {
        var problems = new ProblemLog();
        var catalog = CatalogSource.Load(catalogPath, options.Messages, problems);
        if (catalog is null)
        {
            problems.WriteTo(console.Error, options.Messages);
            return ExitCodes.DataError;
        }

        var source = InputSources.Resolve(input, console);
        var rows = 0L;
        var withoutResult = 0L;
        foreach (var result in CheckedResults.Read(source, options, catalog, problems))
        {
            rows++;
            withoutResult += result.Result2023 is null ? 1 : 0;
        }

        if (problems.HasProblems)
        {
            problems.WriteTo(console.Error, options.Messages);
            return ExitCodes.DataError;
        }

        console.Output.WriteLine(options.Messages.Valid(source.DisplayName, rows, withoutResult));
        return ExitCodes.Success;
    }
}
