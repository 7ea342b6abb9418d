using System.Text;
using KpiTargets.Files.Text;

namespace KpiTargets.Files.Tables;

/// <summary>How to read an input file; the defaults detect everything that can be detected safely.</summary>
internal sealed record InputOptions
{
    /// <summary>Options that detect encoding (UTF-8, or UTF-16 by its BOM), separator and layout.</summary>
    public static InputOptions Default { get; } = new();

    /// <summary>The text encoding; <see langword="null"/> reads UTF-8, or UTF-16 when the file starts with its BOM.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The field separator; <see langword="null"/> detects comma, semicolon or tab from the header row.</summary>
    public char? Delimiter { get; init; }

    /// <summary>The worksheet of an .xlsx input; <see langword="null"/> reads the first visible one that holds the table.</summary>
    public string? Sheet { get; init; }

    /// <summary>The results layout; detected by default.</summary>
    public InputLayout Layout { get; init; } = InputLayout.Auto;

    /// <summary>The language of problem messages.</summary>
    public Messages Messages { get; init; } = Messages.English;

    /// <summary>The decimals a rate computed from counts keeps (<c>--rate-decimals</c>), 2 as the dashboards show shares.</summary>
    public int RateDecimals { get; init; } = RateCounts.DefaultDecimals;

    /// <summary>
    /// The column that holds each row's value in the long layout, under its English name and other titles;
    /// <see langword="null"/> for a results file's <c>result_2023</c>. <c>track</c> reads a period's actuals through the
    /// same reader with a column of its own, so what <c>assign</c> accepts stays as it is.
    /// </summary>
    public ColumnSpec? ResultColumn { get; init; }

    /// <summary>Whether warnings about the data (a unit spelled two ways, results that look like fractions) are left unsaid.</summary>
    public bool Quiet { get; init; }

    /// <summary>Whether the run says which worksheet and which rows it read as the header and the table (<c>--verbose</c>).</summary>
    public bool Verbose { get; init; }
}
