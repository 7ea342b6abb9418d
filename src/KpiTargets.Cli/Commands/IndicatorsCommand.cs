using System.CommandLine;
using KpiTargets.Cli.Jobs;
using KpiTargets.Files.Text;

namespace KpiTargets.Cli.Commands;

/// <summary><c>kpi-targets indicators</c>: shows the catalog in use.</summary>
internal static class IndicatorsCommand
{
    public static Command Create(CliConsole console)
    {
        var catalog = CommonArguments.Catalog();
        Option<string> format = new("--format")
        {
            Description = "table for people, or csv for the catalog format that --catalog reads (a starting point for another year).",
            DefaultValueFactory = _ => IndicatorsJob.TableFormat,
        };
        format.AcceptOnlyFromAmong(IndicatorsJob.TableFormat, IndicatorsJob.CsvFormat);
        Command command = new("indicators", "Shows the indicator catalog in use: codes, names, unit, central target, bounds, who it applies to.")
        {
            catalog, format,
        };
        command.SetAction(parseResult => CliErrors.Guard(console, Messages.English, () =>
            IndicatorsJob.Run(parseResult.GetValue(catalog), parseResult.GetRequiredValue(format), console)));
        return command;
    }
}
