namespace KpiTargets.Cli.Tables;

/// <summary>One output cell: text, or a number that a workbook stores as a numeric cell.</summary>
internal readonly struct Cell
{
    private readonly string? _text;

    private Cell(string? text, decimal? number)
    {
        _text = text;
        Number = number;
    }

    /// <summary>The cell as CSV writes it; for a number, its invariant shortest form, made when asked for.</summary>
    public string Text => _text ?? (Number is { } number ? DecimalText.Shortest(number) : "");

    /// <summary>The value when the cell is a number; <see langword="null"/> for text.</summary>
    public decimal? Number { get; }

    /// <summary>A number cell, written in invariant culture and shortest form.</summary>
    public static Cell Of(decimal number) => new(null, number);

    /// <summary>A number cell whose text is known already: <paramref name="shortest"/> must be <see cref="DecimalText.Shortest"/>'s.</summary>
    public static Cell Of(decimal number, string shortest) => new(shortest, number);

    /// <summary>A number cell, or an empty text cell when there is no number.</summary>
    public static Cell Of(decimal? number) => number is { } value ? Of(value) : new Cell("", null);

    /// <summary>A text cell.</summary>
    public static implicit operator Cell(string text) => new(text, null);
}
