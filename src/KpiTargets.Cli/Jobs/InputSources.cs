using KpiTargets.Cli.Input;

namespace KpiTargets.Cli.Jobs;

/// <summary>Turns the INPUT argument into a source: <c>-</c> is standard input, anything else a file path.</summary>
internal static class InputSources
{
    public static InputSource Resolve(string input, CliConsole console) =>
        input == InputSource.StandardInputArgument
            ? new InputSource("<stdin>", console.OpenStandardInput)
            : InputSource.FromFile(input);
}
