using System.CommandLine;
using KpiTargets.Cli.Jobs;
using KpiTargets.Files.Output;
using KpiTargets.Files.Tracking;

namespace KpiTargets.Cli.Commands;

/// <summary><c>kpi-targets track TARGETS ACTUALS</c>: parses the command line into a <see cref="TrackRequest"/> and runs <see cref="TrackJob"/>.</summary>
internal static class TrackCommand
{
    public static Command Create(CliConsole console)
    {
        var targets = TargetsAndActuals.Targets();
        var actuals = CommonArguments.Input(
            "ACTUALS",
            "The period's actuals in any shape assign reads: columns unit, indicator, actual (or result, result_2024, Kết quả, Kết quả 2024, Thực hiện), or one column per indicator; CSV or .xlsx, or - for standard input.");
        var catalog = CommonArguments.Catalog();
        var output = OutputOption.Create("progress", "progress-2024.csv", ", whose second and third sheets are the summary and the ranking");
        Option<string?> summary = new("--summary")
        {
            Description = "Also write the summary per indicator (units met, behind, without data, median gap) and the ranking of units by indicators met: CSV (the summary, an empty line, the ranking), or a workbook of two sheets when FILE ends in .xlsx.",
            HelpName = "FILE",
        };
        summary.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string?>();
            if (path == OutputTarget.StandardOutputArgument)
            {
                result.AddError("--summary needs a file; standard output takes the progress.");
                return;
            }

            OutputOption.CheckOutput(result, path, "summary-2024.csv");
        });
        Option<string> period = new("--period")
        {
            Description = "A label for the period (Q1 2024, 6 tháng 2024), written on every row.",
            HelpName = "LABEL",
            DefaultValueFactory = _ => "",
        };
        Option<string> outputLayout = new("--output-layout")
        {
            Description = "long: one row per target (default); wide: one row per unit with target, actual and status columns per indicator.",
            DefaultValueFactory = _ => "long",
        };
        outputLayout.AcceptOnlyFromAmong("long", "wide");
        var inputOptions = new InputOptionSet();

        Command command = new(
            "track",
            "Sets a period's actuals against the 2024 targets (theo dõi thực hiện chỉ tiêu): each target's actual, gap and status (met, behind, no_data), with a summary per indicator and a ranking of units. The input options apply to ACTUALS.")
        {
            targets, actuals, output, summary, period, outputLayout, catalog,
        };
        TargetsAndActuals.RefuseSharedFiles(command, targets, actuals, (output, "output"), (summary, "summary"));
        inputOptions.AddTo(command);

        command.SetAction(parseResult => CliErrors.Guard(console, inputOptions.MessagesFrom(parseResult), () => TrackJob.Run(
            new TrackRequest(
                parseResult.GetRequiredValue(targets),
                parseResult.GetRequiredValue(actuals),
                inputOptions.From(parseResult),
                OutputOption.PathFrom(parseResult, output),
                parseResult.GetValue(summary),
                parseResult.GetValue(outputLayout) == "wide" ? TrackLayoutKind.Wide : TrackLayoutKind.Long,
                parseResult.GetValue(period) ?? "",
                parseResult.GetValue(catalog)),
            console)));
        return command;
    }
}
