namespace KpiTargets;

/// <summary>
/// A heading that groups indicators in a catalog and carries no target of its own, such as item 9 of the 2024
/// appendix, whose targets are set by 9.1 (district bodies) and 9.2 (commune People's Committees).
/// </summary>
/// <remarks>Immutable; the code is trimmed and the names are stored in Unicode NFC.</remarks>
/// <param name="Code">The heading's code, for example <c>"9"</c>; must not be blank.</param>
/// <param name="NameVietnamese">The heading as written in the source text (Vietnamese); must not be blank.</param>
/// <param name="NameEnglish">An English rendering; may be empty in a custom catalog.</param>
public sealed record IndicatorHeading(string Code, string NameVietnamese, string NameEnglish)
{
    /// <summary>The heading's code, trimmed.</summary>
    public string Code { get; } = Guard.NotBlank(Code, nameof(Code)).Trim();

    /// <summary>The heading as written in the source text, in Unicode NFC.</summary>
    public string NameVietnamese { get; } = Guard.Nfc(Guard.NotBlank(NameVietnamese, nameof(NameVietnamese)));

    /// <summary>An English rendering, in Unicode NFC; may be empty.</summary>
    public string NameEnglish { get; } = Guard.Nfc(NameEnglish ?? throw new ArgumentNullException(nameof(NameEnglish)));
}
