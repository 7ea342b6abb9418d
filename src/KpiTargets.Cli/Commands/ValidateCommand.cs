using System.CommandLine;
using KpiTargets.Cli.Jobs;

namespace KpiTargets.Cli.Commands;

/// <summary><c>kpi-targets validate INPUT</c>: runs every check and writes no targets.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var input = CommonArguments.Input();
        var catalog = CommonArguments.Catalog();
        Command command = new("validate", "Checks a results CSV and reports every problem with its line; writes no targets. Exits 0 when valid.")
        {
            input, catalog,
        };
        command.SetAction(parseResult => CliErrors.Guard(console, () =>
            ValidateJob.Run(parseResult.GetRequiredValue(input), parseResult.GetValue(catalog), console)));
        return command;
    }
}
