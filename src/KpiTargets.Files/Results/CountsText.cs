namespace KpiTargets.Files.Results;

/// <summary>A row's numerator and denominator as read, before any check.</summary>
/// <param name="Numerator">What the share counts (dossiers received online, …): a whole number, or empty.</param>
/// <param name="Denominator">What it is a share of (all dossiers received, …): a whole number, or empty.</param>
internal readonly record struct CountsText(string Numerator, string Denominator);
