using System.CommandLine;
using KpiTargets.Cli.Jobs;
using KpiTargets.Files.Csv;
using KpiTargets.Files.Formats;
using KpiTargets.Files.Jobs;
using KpiTargets.Files.Targets;

namespace KpiTargets.Cli.Commands;

/// <summary><c>kpi-targets assign INPUT</c>: parses the command line into an <see cref="AssignRequest"/> and runs <see cref="AssignJob"/>.</summary>
internal static class AssignCommand
{
    private const string Relative = "relative";
    private const string Points = "points";
    private const string AwayFromZero = "away-from-zero";
    private const string ToEven = "to-even";

    public static Command Create(CliConsole console)
    {
        var defaults = AssignmentPolicy.Default;
        var input = CommonArguments.Input();
        var catalog = CommonArguments.Catalog();
        var output = OutputOption.Create("targets", "targets-2024.csv");
        var uplift = CommonArguments.InvariantDecimalOption(
            "--uplift",
            "Clause b's uplift: percent of the result (relative) or points added (points).",
            defaults.Uplift,
            0m,
            AssignmentPolicy.MaxUplift);
        Option<string> mode = new("--uplift-mode")
        {
            Description = "How \"tăng thêm 10%\" is read: relative (result × 1.10) or points (result + 10).",
            DefaultValueFactory = _ => Relative,
        };
        mode.AcceptOnlyFromAmong(Relative, Points);
        Option<int> decimals = new("--decimals")
        {
            Description = $"Decimals kept in a computed target (0 to {AssignmentPolicy.MaxDecimals}).",
            DefaultValueFactory = _ => defaults.Decimals,
        };
        decimals.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > AssignmentPolicy.MaxDecimals)
            {
                result.AddError($"--decimals must be from 0 to {AssignmentPolicy.MaxDecimals}.");
            }
        });
        Option<string> rounding = new("--rounding")
        {
            Description = "How a midpoint is rounded: away-from-zero (49.665 → 49.67) or to-even (49.665 → 49.66).",
            DefaultValueFactory = _ => AwayFromZero,
        };
        rounding.AcceptOnlyFromAmong(AwayFromZero, ToEven);
        Option<bool> noCap = new("--no-cap")
        {
            Description = "Do not cap targets at the indicator's maximum (100 for a percentage).",
        };
        Option<string> outputLayout = new("--output-layout")
        {
            Description = "long: one row per result (default); canonical: the same rows with the six canonical columns only (unit … rule), the lean form for other programs; wide: one row per unit with a target column per indicator.",
            DefaultValueFactory = _ => "long",
        };
        outputLayout.AcceptOnlyFromAmong("long", "canonical", "wide");
        Option<bool> noFormulaGuard = new("--no-formula-guard")
        {
            Description = "Write CSV text starting with = + - @ as is, without the apostrophe that stops Excel from running it as a formula.",
        };
        Option<bool> excelCsv = new("--excel-csv")
        {
            Description = "Write the CSV as Excel on a Vietnamese Windows machine opens it by double-click: UTF-8 with a byte order mark, ';' between fields, decimal commas (49,67), CR LF. Our readers read it back unchanged.",
        };
        var inputOptions = new InputOptionSet();

        Command command = new("assign", "Computes each unit's 2024 target from its 2023 result and writes the targets CSV (or .xlsx).")
        {
            input, output, catalog, uplift, mode, decimals, rounding, noCap, outputLayout, noFormulaGuard, excelCsv,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(excelCsv) && TableFiles.IsWorkbook(result.GetValue(output)))
            {
                result.AddError("--excel-csv spells CSV output; -o FILE.xlsx writes a workbook, which Excel opens as it is: give one of the two.");
            }
        });
        OutputOption.RefuseTheInput(command, input, output, "the targets would replace the 2023 results. Give the targets another file name.");
        inputOptions.AddTo(command);

        command.SetAction(parseResult => CliErrors.Guard(console, inputOptions.MessagesFrom(parseResult), () => AssignJob.Run(
            new AssignRequest(
                parseResult.GetRequiredValue(input),
                inputOptions.From(parseResult),
                OutputOption.PathFrom(parseResult, output),
                parseResult.GetValue(outputLayout) switch
                {
                    "wide" => TargetsLayoutKind.Wide,
                    "canonical" => TargetsLayoutKind.Canonical,
                    _ => TargetsLayoutKind.Long,
                },
                !parseResult.GetValue(noFormulaGuard),
                parseResult.GetValue(catalog),
                defaults with
                {
                    Uplift = parseResult.GetValue(uplift),
                    Mode = parseResult.GetValue(mode) == Points ? UpliftMode.Points : UpliftMode.Relative,
                    Decimals = parseResult.GetValue(decimals),
                    Rounding = parseResult.GetValue(rounding) == ToEven ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero,
                    CapAtMaximum = !parseResult.GetValue(noCap),
                },
                parseResult.GetValue(excelCsv) ? CsvDialect.Excel : CsvDialect.Plain),
            console)));
        return command;
    }
}
