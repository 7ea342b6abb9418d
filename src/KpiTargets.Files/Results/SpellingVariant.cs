namespace KpiTargets.Files.Results;

/// <summary>A unit spelled two ways that compare as one (letter case, runs of spaces): worth a warning, so the sheet is fixed.</summary>
/// <param name="First">The spelling where the unit was first seen.</param>
/// <param name="FirstLine">The line it was first seen on.</param>
/// <param name="Other">The other spelling.</param>
/// <param name="Line">The line the other spelling was first seen on.</param>
internal sealed record SpellingVariant(string First, long FirstLine, string Other, long Line);
