namespace KpiTargets.Files.Tables;

/// <summary>
/// One output cell: text, a number, a yes-or-no, or blank. A workbook stores each as its own kind of cell (a blank
/// result is a blank cell, not an empty text); CSV writes each as text.
/// </summary>
internal readonly struct Cell
{
    private readonly string? _text;

    private Cell(string? text, decimal? number, bool? boolean)
    {
        _text = text;
        Number = number;
        Boolean = boolean;
    }

    /// <summary>The cell as CSV writes it; for a number, its invariant shortest form, made when asked for.</summary>
    public string Text => _text ?? (Number is { } number ? DecimalText.Shortest(number) : Boolean is { } boolean ? (boolean ? "true" : "false") : "");

    /// <summary>The value when the cell is a number; <see langword="null"/> otherwise.</summary>
    public decimal? Number { get; }

    /// <summary>The value when the cell is a yes-or-no; <see langword="null"/> otherwise.</summary>
    public bool? Boolean { get; }

    /// <summary>Whether the cell holds nothing at all.</summary>
    public bool IsBlank => _text is null && Number is null && Boolean is null;

    /// <summary>A number cell, written in invariant culture and shortest form.</summary>
    public static Cell Of(decimal number) => new(null, number, null);

    /// <summary>A number cell whose text is known already: <paramref name="shortest"/> must be <see cref="DecimalText.Shortest"/>'s.</summary>
    public static Cell Of(decimal number, string shortest) => new(shortest, number, null);

    /// <summary>A number cell, or a blank cell when there is no number.</summary>
    public static Cell Of(decimal? number) => number is { } value ? Of(value) : default;

    /// <summary>A yes-or-no cell, <c>true</c> or <c>false</c> in CSV.</summary>
    public static Cell Of(bool value) => new(null, null, value);

    /// <summary>A text cell.</summary>
    public static implicit operator Cell(string text) => new(text, null, null);
}
