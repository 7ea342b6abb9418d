using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using KpiTargets.Cli.Commands;
using KpiTargets.Cli.Desktop;

namespace KpiTargets.Cli;

/// <summary>The <c>kpi-targets</c> command tree, and the one entry point that runs it against a console.</summary>
internal static class KpiTargetsCli
{
    public static RootCommand Create(CliConsole console) =>
        new("kpi-targets: 2024 administrative-procedure KPI targets from 2023 results, by the rule of the Bình Sơn district plan (Quảng Ngãi).")
        {
            AssignCommand.Create(console),
            ValidateCommand.Create(console),
            RatesCommand.Create(console),
            TrackCommand.Create(console),
            ReportCommand.Create(console),
            IndicatorsCommand.Create(console),
        };

    /// <summary>Runs a command line, or the file dropped on the program (<see cref="DroppedFile"/>).</summary>
    /// <param name="args">The arguments, without the program's name.</param>
    /// <param name="console">The standard streams.</param>
    /// <param name="uiCulture">
    /// The user's display language, which a dropped file's run speaks (Vietnamese or English); English when
    /// <see langword="null"/>. Commands follow <c>--lang</c> instead.
    /// </param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, CliConsole console, CultureInfo? uiCulture = null)
    {
        var exitCode = DroppedFile.Find(args) is { } dropped
            ? DropJob.Run(dropped, console, uiCulture ?? CultureInfo.InvariantCulture)
            : RunCommandLine(args, console);
        console.Output.Flush();
        console.Error.Flush();
        return exitCode;
    }

    private static int RunCommandLine(string[] args, CliConsole console)
    {
        var parseResult = Create(console).Parse(args);
        if (parseResult.Action is ParseErrorAction parseError)
        {
            // The whole help page after a one-line mistake buries the message; a pointer to it is enough. The typo
            // corrections are ours (OptionSuggestions): these answered a mistyped option's value with "-o".
            parseError.ShowHelp = false;
            parseError.ShowTypoCorrections = false;
        }

        var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error });
        if (parseResult.Errors.Count > 0)
        {
            foreach (var suggestion in OptionSuggestions.For(parseResult))
            {
                console.Error.WriteLine(suggestion);
            }

            var command = parseResult.CommandResult.Command is RootCommand ? "kpi-targets" : $"kpi-targets {parseResult.CommandResult.Command.Name}";
            console.Error.WriteLine($"Run '{command} --help' for usage.");
        }

        return exitCode;
    }
}
