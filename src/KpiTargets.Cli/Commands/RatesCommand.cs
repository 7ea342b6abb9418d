using System.CommandLine;
using KpiTargets.Cli.Jobs;
using KpiTargets.Files.Jobs;

namespace KpiTargets.Cli.Commands;

/// <summary><c>kpi-targets rates INPUT</c>: parses the command line into a <see cref="RatesRequest"/> and runs <see cref="RatesJob"/>.</summary>
internal static class RatesCommand
{
    public static Command Create(CliConsole console)
    {
        Argument<string> input = CommonArguments.Input(description:
            "2023 counts: a CSV or .xlsx file (columns unit, indicator, numerator, denominator, or a pair of columns per indicator such as 'CT1 tử số', 'CT1 mẫu số'), or - for standard input.");
        var catalog = CommonArguments.Catalog();
        var output = OutputOption.Create("results", "results-2023.csv");
        var inputOptions = new InputOptionSet();
        Command command = new(
            "rates",
            "Computes each unit's 2023 result from its counts (numerator ÷ denominator × 100) and writes the results file assign reads: unit, indicator, result_2023, numerator, denominator. / Tính kết quả 2023 của mỗi đơn vị từ tử số và mẫu số, ghi ra tệp kết quả cho lệnh assign.")
        {
            input, output, catalog,
        };
        OutputOption.RefuseTheInput(command, input, output, "the results would replace the counts. Give the results another file name.");
        inputOptions.AddTo(command);

        command.SetAction(parseResult => CliErrors.Guard(console, inputOptions.MessagesFrom(parseResult), () => RatesJob.Run(
            new RatesRequest(
                parseResult.GetRequiredValue(input),
                inputOptions.From(parseResult),
                OutputOption.PathFrom(parseResult, output),
                parseResult.GetValue(catalog)),
            console)));
        return command;
    }
}
