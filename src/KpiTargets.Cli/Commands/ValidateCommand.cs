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
        var inputOptions = new InputOptionSet();
        Command command = new("validate", "Checks a results file and reports every problem with its line; writes no targets. Exits 0 when valid.")
        {
            input, catalog,
        };
        inputOptions.AddTo(command);

        command.SetAction(parseResult => CliErrors.Guard(console, inputOptions.MessagesFrom(parseResult), () =>
            ValidateJob.Run(parseResult.GetRequiredValue(input), inputOptions.From(parseResult), parseResult.GetValue(catalog), console)));
        return command;
    }
}
