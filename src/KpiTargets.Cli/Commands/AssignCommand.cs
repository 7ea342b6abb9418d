using System.CommandLine;
using KpiTargets.Cli.Jobs;
using KpiTargets.Files.Csv;
using KpiTargets.Files.Formats;
using KpiTargets.Files.Jobs;
using KpiTargets.Files.Output;
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
        Option<string?> output = new("--output", "-o")
        {
            Description = "Where to write the targets: CSV, or a workbook when FILE ends in .xlsx (default, or -: CSV on standard output). Written only if the whole input is valid; an existing file is replaced then (through a link, the file it points to), and left untouched otherwise; a device or named pipe is written into. A read-only file is refused.",
            HelpName = "FILE",
        };
        output.Validators.Add(result => CheckOutput(result, result.GetValueOrDefault<string?>()));
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
            // The input's token, not its value: converting it here would skip the argument's own validation.
            var to = result.GetValue(output);
            var from = result.GetResult(input)?.Tokens is [var token, ..] ? token.Value : null;
            if (result.GetValue(excelCsv) && TableFiles.IsWorkbook(to))
            {
                result.AddError("--excel-csv spells CSV output; -o FILE.xlsx writes a workbook, which Excel opens as it is: give one of the two.");
            }

            if (to is { Length: > 0 } && from is not null && SameFile.Is(from, to))
            {
                result.AddError($"The output '{to}' is the input '{from}': the targets would replace the 2023 results. Give the targets another file name.");
            }
        });
        foreach (var option in inputOptions.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => CliErrors.Guard(console, inputOptions.MessagesFrom(parseResult), () => AssignJob.Run(
            new AssignRequest(
                parseResult.GetRequiredValue(input),
                inputOptions.From(parseResult),
                parseResult.GetValue(output) is var path && path == OutputTarget.StandardOutputArgument ? null : path,
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

    // Every check that needs no input, so that a run that cannot write its output stops before reading anything.
    internal static void CheckOutput(System.CommandLine.Parsing.OptionResult result, string? path)
    {
        if (path is null or OutputTarget.StandardOutputArgument)
        {
            return;
        }

        if (path.Length == 0)
        {
            result.AddError("The output path is empty; give a file name, or leave out -o to write to standard output.");
            return;
        }

        if (path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
        {
            result.AddError($"The output '{path}' names an Excel 97-2003 workbook (.xls), which this tool does not write: end it in .xlsx for a workbook, or .csv for CSV.");
            return;
        }

        OutputTarget target;
        try
        {
            target = OutputTarget.Of(path);
        }
        catch (IOException exception)
        {
            result.AddError($"The output '{path}' cannot be used: {exception.Message}");
            return;
        }

        var folder = Path.GetDirectoryName(target.Path);
        if (Directory.Exists(target.Path))
        {
            result.AddError($"The output '{path}' is a folder; give a file path such as {Path.Combine(path, "targets-2024.csv")}.");
        }
        else if (folder is null || !Directory.Exists(folder))
        {
            result.AddError($"The output folder '{folder}' does not exist; create it first or choose another path.");
        }
        else if (target.IsReadOnly)
        {
            result.AddError($"The output file '{path}' is read-only; make it writable or choose another path.");
        }
    }
}
