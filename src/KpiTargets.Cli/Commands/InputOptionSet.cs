using System.CommandLine;
using System.Text;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Text;

namespace KpiTargets.Cli.Commands;

/// <summary>
/// The options that say how to read an input (encoding, separator, sheet, layout, language, what is said about it, the
/// decimals of a rate from counts), shared by the commands that read results, counts or actuals.
/// </summary>
internal sealed class InputOptionSet
{
    private static readonly Dictionary<string, Func<Encoding?>> Encodings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = () => null,
        ["utf-16"] = () => Encoding.Unicode,
        ["utf-16le"] = () => Encoding.Unicode,
        ["utf-16be"] = () => Encoding.BigEndianUnicode,
        ["windows-1258"] = () => Encoding.GetEncoding(1258),
        ["cp1258"] = () => Encoding.GetEncoding(1258),
    };

    private static readonly Dictionary<string, char> Delimiters = new(StringComparer.OrdinalIgnoreCase)
    {
        [","] = ',', ["comma"] = ',', [";"] = ';', ["semicolon"] = ';', ["tab"] = '\t', ["\\t"] = '\t', ["\t"] = '\t',
    };

    static InputOptionSet() =>
        // Windows-1258, the code page of Excel's "CSV" export on Vietnamese Windows, ships with .NET but is
        // only available once this provider is registered (no package needed).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public Option<string?> EncodingOption { get; } = new("--encoding")
    {
        Description = "Text encoding: utf-8 (default; UTF-16 is detected by its byte order mark), utf-16, utf-16be, or windows-1258 (Excel's \"CSV\" on Vietnamese Windows).",
        HelpName = "NAME",
    };

    public Option<string?> DelimiterOption { get; } = new("--delimiter")
    {
        Description = "Field separator: comma, semicolon or tab (default: detected from the header row).",
        HelpName = "SEP",
    };

    public Option<string?> SheetOption { get; } = new("--sheet")
    {
        Description = "Worksheet of an .xlsx input (default: the first visible one that holds the table, so a guide sheet before it is skipped).",
        HelpName = "NAME",
    };

    public Option<string> LayoutOption { get; } = new("--layout")
    {
        Description = "Input layout: long (unit, indicator, result_2023, or numerator and denominator), wide (one column per indicator code, or a pair per code for counts: CT1 tử số, CT1 mẫu số), or auto.",
        DefaultValueFactory = _ => "auto",
    };

    public Option<string> LanguageOption { get; } = new("--lang")
    {
        Description = "Language of messages and output column titles: en or vi (tiếng Việt).",
        DefaultValueFactory = _ => "en",
    };

    public Option<bool> QuietOption { get; } = new("--quiet", "-q")
    {
        Description = "Do not print warnings about the data (a unit spelled two ways, results that look like fractions); problems are always printed.",
    };

    public Option<int> RateDecimalsOption { get; } = new("--rate-decimals")
    {
        Description = $"Decimals kept in a rate computed from counts, numerator ÷ denominator × 100, rounded half away from zero (0 to {RateCounts.MaxDecimals}).",
        DefaultValueFactory = _ => RateCounts.DefaultDecimals,
        HelpName = "N",
    };

    public Option<bool> VerboseOption { get; } = new("--verbose")
    {
        Description = "Say on standard error which sheet and which rows were read as the header and the table, and which rows below it were left out as the footer.",
    };

    public InputOptionSet()
    {
        RateDecimalsOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > RateCounts.MaxDecimals)
            {
                result.AddError($"--rate-decimals must be from 0 to {RateCounts.MaxDecimals}.");
            }
        });
        EncodingOption.AcceptOnlyFromAmong([.. Encodings.Keys]);
        DelimiterOption.AcceptOnlyFromAmong([.. Delimiters.Keys]);
        LayoutOption.AcceptOnlyFromAmong("auto", "long", "wide");
        LanguageOption.AcceptOnlyFromAmong("en", "vi");
    }

    private IEnumerable<Option> All => [EncodingOption, DelimiterOption, SheetOption, LayoutOption, LanguageOption, QuietOption, RateDecimalsOption, VerboseOption];

    /// <summary>Adds every input option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    public Messages MessagesFrom(ParseResult parseResult) => Messages.For(parseResult.GetValue(LanguageOption)!);

    public InputOptions From(ParseResult parseResult) => new()
    {
        Encoding = parseResult.GetValue(EncodingOption) is { } encoding ? Encodings[encoding]() : null,
        Delimiter = parseResult.GetValue(DelimiterOption) is { } delimiter ? Delimiters[delimiter] : null,
        Sheet = parseResult.GetValue(SheetOption),
        Layout = parseResult.GetValue(LayoutOption) switch
        {
            "long" => InputLayout.Long,
            "wide" => InputLayout.Wide,
            _ => InputLayout.Auto,
        },
        Messages = MessagesFrom(parseResult),
        Quiet = parseResult.GetValue(QuietOption),
        RateDecimals = parseResult.GetValue(RateDecimalsOption),
        Verbose = parseResult.GetValue(VerboseOption),
    };
}
