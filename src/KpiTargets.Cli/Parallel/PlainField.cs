namespace KpiTargets.Cli.Parallel;

/// <summary>Where one field of a row lies, without its quotes.</summary>
/// <param name="Start">The offset of the field's first byte in the row.</param>
/// <param name="Length">How many bytes the field has.</param>
/// <param name="HasEscapedQuotes">Whether the field was quoted and holds <c>""</c>, which stands for one quote.</param>
internal readonly record struct PlainField(int Start, int Length, bool HasEscapedQuotes);
