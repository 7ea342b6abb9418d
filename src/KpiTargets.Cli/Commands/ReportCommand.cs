using System.CommandLine;
using KpiTargets.Cli.Jobs;

namespace KpiTargets.Cli.Commands;

/// <summary><c>kpi-targets report TARGETS [ACTUALS] -o FILE.html</c>: parses the command line into a <see cref="ReportRequest"/> and runs <see cref="ReportJob"/>.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var targets = TargetsAndActuals.Targets();
        var actuals = CommonArguments.Input(
            "ACTUALS",
            "Optional: the period's actuals in any shape track reads (CSV or .xlsx, long or wide), or - for standard input. Without it the report shows the targets alone.");
        actuals.Arity = ArgumentArity.ZeroOrOne;
        var catalog = CommonArguments.Catalog();
        Option<string> output = new("--output", "-o")
        {
            Description = "The HTML file to write (required; its name ends in .html or .htm): one self-contained page that opens in any browser and prints on A4. Written only if the inputs are valid; an existing file is replaced then, and left untouched otherwise.",
            HelpName = "FILE",
            Required = true,
        };
        output.Validators.Add(result => CheckOutput(result, result.GetValueOrDefault<string>()));
        Option<string?> period = new("--period")
        {
            Description = "A label for the period of the actuals (Q1 2024, 6 tháng 2024), shown in the report's header and captions.",
            HelpName = "LABEL",
        };
        Option<string?> title = new("--title")
        {
            Description = "The report's title (default: \"Progress against the 2024 targets\" with ACTUALS, \"The units' 2024 targets\" without; in Vietnamese with --lang vi).",
            HelpName = "TEXT",
        };
        var inputOptions = new InputOptionSet();

        Command command = new(
            "report",
            "Writes a self-contained HTML report (báo cáo) with a chart per indicator: each unit's 2023 result against the central target, the units under each clause and the targets table; with ACTUALS each unit's actual against its target, the summary per indicator and the ranking of units. The input options apply to ACTUALS; --lang vi writes the report in Vietnamese.")
        {
            targets, actuals, output, period, title, catalog,
        };
        TargetsAndActuals.RefuseSharedFiles(command, targets, actuals, (output, "report"));
        inputOptions.AddTo(command);

        command.SetAction(parseResult => CliErrors.Guard(console, inputOptions.MessagesFrom(parseResult), () => ReportJob.Run(
            new ReportRequest(
                parseResult.GetRequiredValue(targets),
                parseResult.GetValue(actuals),
                inputOptions.From(parseResult),
                parseResult.GetRequiredValue(output),
                parseResult.GetValue(title),
                parseResult.GetValue(period),
                parseResult.GetValue(catalog)),
            console)));
        return command;
    }

    // An HTML file and nothing else: the report is no CSV, and a name without .html would not open in a browser by
    // double-click. Then every check assign makes of an output file (folder, read-only file, ...).
    private static void CheckOutput(System.CommandLine.Parsing.OptionResult result, string? path)
    {
        if (path is not null && !path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            result.AddError($"The report '{path}' must be an HTML file: end its name in .html or .htm (for example report-2024.html).");
            return;
        }

        OutputOption.CheckOutput(result, path, "report-2024.html");
    }
}
