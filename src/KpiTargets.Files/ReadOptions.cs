using System.Text;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Text;

namespace KpiTargets.Files;

/// <summary>
/// How to read a results or catalog file, as <c>kpi-targets</c>' input options say it. The defaults detect everything
/// that can be detected safely; change one with <c>with</c>: <c>ReadOptions.Default with { Delimiter = ';' }</c>.
/// </summary>
/// <remarks>Immutable; every setter checks its value, so <c>with</c> cannot create invalid options.</remarks>
public sealed record ReadOptions
{
    /// <summary>Options that detect the encoding, the separator and the layout, with English messages.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>
    /// The text encoding of a CSV file; <see langword="null"/> (the default) reads UTF-8, or UTF-16 when the file starts
    /// with its byte order mark. A byte order mark decides over this. Windows-1258, which Excel's "CSV" writes on
    /// Vietnamese Windows, is <c>Encoding.GetEncoding(1258)</c> once <c>CodePagesEncodingProvider.Instance</c> is
    /// registered with <c>Encoding.RegisterProvider</c>.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The field separator of a CSV file: <c>','</c>, <c>';'</c> or a tab; <see langword="null"/> (the default) detects it from the header row.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Another character.</exception>
    public char? Delimiter
    {
        get;
        init => field = value is null or ',' or ';' or '\t'
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Delimiter), value, "The separator must be ',', ';' or a tab, or null to detect it.");
    }

    /// <summary>The worksheet of a workbook to read; <see langword="null"/> (the default) reads the first visible one that holds the table.</summary>
    public string? Sheet { get; init; }

    /// <summary>The layout of a results file; <see cref="ResultsLayout.Auto"/> (the default) detects it. Catalogs have one layout.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="ResultsLayout"/>.</exception>
    public ResultsLayout Layout
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Layout), value, "The layout must be Auto, Long or Wide.");
    }

    /// <summary>
    /// The decimals a rate computed from counts keeps (<c>--rate-decimals</c>): numerator ÷ denominator × 100, rounded
    /// half away from zero; <see cref="RateCounts.DefaultDecimals"/> (2) by default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="RateCounts.MaxDecimals"/>.</exception>
    public int RateDecimals
    {
        get;
        init => field = value is >= 0 and <= RateCounts.MaxDecimals
            ? value
            : throw new ArgumentOutOfRangeException(nameof(RateDecimals), value, $"The rate's decimals must be from 0 to {RateCounts.MaxDecimals}.");
    } = RateCounts.DefaultDecimals;

    /// <summary>Whether problems and warnings are in Vietnamese (<c>--lang vi</c>) rather than English (the default).</summary>
    public bool VietnameseMessages { get; init; }

    /// <summary>These options as the pipeline reads them.</summary>
    internal InputOptions ToInputOptions() => new()
    {
        Encoding = Encoding,
        Delimiter = Delimiter,
        Sheet = Sheet,
        Layout = Layout switch
        {
            ResultsLayout.Long => InputLayout.Long,
            ResultsLayout.Wide => InputLayout.Wide,
            _ => InputLayout.Auto,
        },
        Messages = VietnameseMessages ? Messages.Vietnamese : Messages.English,
        RateDecimals = RateDecimals,
    };
}
