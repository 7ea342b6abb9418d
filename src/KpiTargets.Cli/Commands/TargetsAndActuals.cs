using System.CommandLine;
using System.CommandLine.Parsing;
using KpiTargets.Files.Output;
using KpiTargets.Files.Tables;

namespace KpiTargets.Cli.Commands;

/// <summary>The checks of the commands that read TARGETS and ACTUALS (<c>track</c>, <c>report</c>), made once for both.</summary>
internal static class TargetsAndActuals
{
    /// <summary>TARGETS: a targets file <c>assign</c> wrote, or <c>-</c> for standard input; a missing file is a usage error.</summary>
    public static Argument<string> Targets() => CommonArguments.Input(
        "TARGETS",
        "The 2024 targets as assign wrote them (long or canonical layout, English or Vietnamese titles): a CSV or .xlsx file, or - for standard input.");

    /// <summary>
    /// Refuses, before anything is read, what would lose data: both inputs from standard input, an output that is either
    /// input by any name, or two outputs that are one file.
    /// </summary>
    /// <param name="command">The command the check is added to.</param>
    /// <param name="targets">The TARGETS argument.</param>
    /// <param name="actuals">The ACTUALS argument (optional for <c>report</c>).</param>
    /// <param name="outputs">The options that name files written, each with the word messages call it by.</param>
    public static void RefuseSharedFiles(Command command, Argument<string> targets, Argument<string> actuals, params (Option Option, string Name)[] outputs) =>
        command.Validators.Add(result =>
        {
            // Tokens, not values: converting here would skip the arguments' and options' own validation.
            var inputs = new[] { Token(result.GetResult(targets)), Token(result.GetResult(actuals)) }.OfType<string>().ToList();
            if (inputs.Count(input => input == InputSource.StandardInputArgument) > 1)
            {
                result.AddError("Only one of TARGETS and ACTUALS can be read from standard input (-).");
            }

            var written = outputs
                .Select(output => (Path: Token(result.GetResult(output.Option)), output.Name))
                .Where(output => output.Path is { Length: > 0 } and not OutputTarget.StandardOutputArgument)
                .ToList();
            foreach (var (to, name) in written)
            {
                foreach (var from in inputs.Where(from => SameFile.Is(from, to!)))
                {
                    result.AddError($"The {name} '{to}' is the input '{from}': it would be replaced. Give the {name} another file name.");
                }
            }

            for (var i = 1; i < written.Count; i++)
            {
                var (first, second) = (written[i - 1], written[i]);
                if (SameFile.Is(first.Path!, second.Path!) || Path.GetFullPath(first.Path!) == Path.GetFullPath(second.Path!))
                {
                    result.AddError($"The {first.Name} '{first.Path}' and the {second.Name} '{second.Path}' are one file; give them different names.");
                }
            }
        });

    private static string? Token(SymbolResult? result) => result?.Tokens is [var token, ..] ? token.Value : null;
}
