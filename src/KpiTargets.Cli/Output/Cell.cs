namespace KpiTargets.Cli.Output;

/// <summary>One output cell: text, or a number that a workbook stores as a numeric cell.</summary>
/// <param name="Text">The cell as CSV writes it; for a number, its invariant shortest form.</param>
/// <param name="Number">The value when the cell is a number; <see langword="null"/> for text.</param>
internal readonly record struct Cell(string Text, decimal? Number = null)
{
    /// <summary>A number cell, written in invariant culture and shortest form.</summary>
    public static Cell Of(decimal number) => new(DecimalText.Shortest(number), number);

    /// <summary>A number cell, or an empty text cell when there is no number.</summary>
    public static Cell Of(decimal? number) => number is { } value ? Of(value) : new Cell("");

    /// <summary>A text cell.</summary>
    public static implicit operator Cell(string text) => new(text);
}
