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

    /// <summary>The worksheet of an .xlsx input; <see langword="null"/> reads the first visible one.</summary>
    public string? Sheet { get; init; }

    /// <summary>The results layout; detected by default.</summary>
    public InputLayout Layout { get; init; } = InputLayout.Auto;

    /// <summary>The language of problem messages.</summary>
    public Messages Messages { get; init; } = Messages.English;

    /// <summary>Whether warnings about the data (a unit spelled two ways, results that look like fractions) are left unsaid.</summary>
    public bool Quiet { get; init; }

    /// <summary>Whether the run says which worksheet and which rows it read as the header and the table (<c>--verbose</c>).</summary>
    public bool Verbose { get; init; }
}
