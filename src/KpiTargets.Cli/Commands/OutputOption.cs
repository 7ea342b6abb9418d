using System.CommandLine;
using System.CommandLine.Parsing;
using KpiTargets.Files.Output;

namespace KpiTargets.Cli.Commands;

/// <summary><c>-o FILE</c> of the commands that write a table, checked before any input is read.</summary>
internal static class OutputOption
{
    /// <summary>The option, for a command that writes <paramref name="what"/> (<c>targets</c>, <c>results</c>).</summary>
    /// <param name="what">What the command writes, as its help names it.</param>
    /// <param name="example">A file name a message about a folder suggests (<c>targets-2024.csv</c>).</param>
    /// <param name="workbook">What a workbook holds besides, said after "a workbook when FILE ends in .xlsx"; nothing when <see langword="null"/>.</param>
    public static Option<string?> Create(string what, string example, string? workbook = null)
    {
        Option<string?> output = new("--output", "-o")
        {
            Description = $"Where to write the {what}: CSV, or a workbook when FILE ends in .xlsx{workbook} (default, or -: CSV on standard output). Written only if the whole input is valid; an existing file is replaced then (through a link, the file it points to), and left untouched otherwise; a device or named pipe is written into. A read-only file is refused.",
            HelpName = "FILE",
        };
        output.Validators.Add(result => CheckOutput(result, result.GetValueOrDefault<string?>(), example));
        return output;
    }

    /// <summary>The output file <paramref name="output"/> names, or <see langword="null"/> for standard output (no <c>-o</c>, or <c>-o -</c>).</summary>
    public static string? PathFrom(ParseResult parseResult, Option<string?> output) =>
        parseResult.GetValue(output) is var path && path == OutputTarget.StandardOutputArgument ? null : path;

    /// <summary>Refuses an output that is the input by any name; <paramref name="consequence"/> says what would be lost.</summary>
    public static void RefuseTheInput(Command command, Argument<string> input, Option<string?> output, string consequence) =>
        command.Validators.Add(result =>
        {
            // The input's token, not its value: converting it here would skip the argument's own validation.
            var to = result.GetValue(output);
            var from = result.GetResult(input)?.Tokens is [var token, ..] ? token.Value : null;
            if (to is { Length: > 0 } && from is not null && SameFile.Is(from, to))
            {
                result.AddError($"The output '{to}' is the input '{from}': {consequence}");
            }
        });

    // Every check that needs no input, so that a run that cannot write its output stops before reading anything.
    internal static void CheckOutput(OptionResult result, string? path, string example)
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
            result.AddError($"The output '{path}' is a folder; give a file path such as {Path.Combine(path, example)}.");
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
