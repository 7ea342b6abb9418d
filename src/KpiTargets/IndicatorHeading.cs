namespace KpiTargets;

/// <summary>
/// A heading that groups indicators in a catalog and carries no target of its own, such as item 9 of the 2024
/// appendix, whose targets are set by 9.1 (district bodies) and 9.2 (commune People's Committees).
/// </summary>
/// <param name="Code">The heading's code, for example <c>"9"</c>.</param>
/// <param name="NameVietnamese">The heading as written in the source text (Vietnamese, Unicode NFC).</param>
/// <param name="NameEnglish">An English rendering; may be empty in a custom catalog.</param>
public sealed record IndicatorHeading(string Code, string NameVietnamese, string NameEnglish);
