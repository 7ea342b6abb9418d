namespace KpiTargets.Files.Results;

/// <summary>
/// A row's numerator and denominator as read, before any check. A class, so that a results row without counts carries
/// one empty reference rather than a nullable pair copied along with every row.
/// </summary>
/// <param name="Numerator">What the share counts (dossiers received online, …): a whole number, or empty.</param>
/// <param name="Denominator">What it is a share of (all dossiers received, …): a whole number, or empty.</param>
internal sealed record CountsText(string Numerator, string Denominator);
