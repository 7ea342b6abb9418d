using System.CommandLine;
using System.CommandLine.Parsing;
using KpiTargets.Files.Tables;

namespace KpiTargets.Cli.Commands;

/// <summary>The argument and options more than one command takes, built the same way everywhere.</summary>
internal static class CommonArguments
{
    /// <summary>INPUT: a results CSV path, or <c>-</c> for standard input; a missing file is a usage error.</summary>
    /// <param name="name">The argument's name in help and messages.</param>
    /// <param name="description">What the file holds; a 2023 results file when <see langword="null"/>.</param>
    public static Argument<string> Input(string name = "INPUT", string? description = null)
    {
        Argument<string> input = new(name)
        {
            Description = description ?? "2023 results: a CSV or .xlsx file (columns unit, indicator, result_2023, or one column per indicator), or - for standard input.",
        };
        input.Validators.Add(result => RequireExistingFile(result, result.GetValueOrDefault<string>(), "input file"));
        return input;
    }

    /// <summary><c>--catalog FILE</c>: a catalog CSV instead of the built-in 2024 catalog.</summary>
    public static Option<string?> Catalog()
    {
        Option<string?> catalog = new("--catalog")
        {
            Description = "Catalog CSV of indicators to use instead of the built-in 2024 catalog (see the README for its columns).",
            HelpName = "FILE",
        };
        catalog.Validators.Add(result => RequireExistingFile(result, result.GetValueOrDefault<string?>(), "catalog file"));
        return catalog;
    }

    /// <summary>
    /// A decimal option parsed in invariant culture: System.CommandLine would use the current culture, so
    /// <c>10.5</c> would read as 105 under <c>vi-VN</c>.
    /// </summary>
    public static Option<decimal> InvariantDecimalOption(string name, string description, decimal defaultValue, decimal minimum, decimal maximum)
    {
        Option<decimal> option = new(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (DecimalInput.TryParseOption(text, out var value) && value >= minimum && value <= maximum)
                {
                    return value;
                }

                result.AddError($"{name} must be a number from {DecimalText.Shortest(minimum)} to {DecimalText.Shortest(maximum)} with '.' as the decimal mark (for example 10.5), not '{text}'.");
                return defaultValue;
            },
        };
        return option;
    }

    private static void RequireExistingFile(SymbolResult result, string? path, string what)
    {
        if (path is null || path == InputSource.StandardInputArgument)
        {
            return;
        }

        if (Directory.Exists(path))
        {
            result.AddError($"The {what} '{path}' is a folder; give the path of a CSV file.");
        }
        else if (!File.Exists(path))
        {
            result.AddError($"The {what} '{path}' does not exist. Check the path (relative to {Environment.CurrentDirectory}).");
        }
    }
}
