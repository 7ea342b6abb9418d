namespace KpiTargets;

/// <summary>
/// One KPI indicator of a catalog: what is measured, the central target for the year, and the range a result
/// and a target can take.
/// </summary>
/// <remarks>
/// Immutable. The constructor checks <c>Minimum ≤ CentralTarget ≤ Maximum</c> and that the bounds lie within
/// ±<see cref="MaxMagnitude"/>, so every indicator in circulation is one the rule can work with. Texts are stored in
/// Unicode NFC and the code trimmed. Equality is by value over every property.
/// </remarks>
public sealed record Indicator
{
    /// <summary>Creates an indicator and checks its invariants.</summary>
    /// <param name="code">The code as written in the catalog, for example <c>"1"</c> or <c>"9.2"</c>.</param>
    /// <param name="nameVietnamese">The name as written in the source text, in Vietnamese.</param>
    /// <param name="nameEnglish">An English rendering of the name for reviewers.</param>
    /// <param name="unitOfMeasure">The unit results and targets are expressed in, <c>"%"</c> for every 2024 indicator.</param>
    /// <param name="centralTarget">The target the central government set for the year, in <paramref name="unitOfMeasure"/>.</param>
    /// <param name="minimum">The smallest possible result, 0 for a percentage.</param>
    /// <param name="maximum">The largest possible result and target, 100 for a percentage.</param>
    /// <param name="appliesTo">The bodies responsible for the indicator, as written in the source text.</param>
    /// <exception cref="ArgumentException">A text is empty, the bounds do not hold the central target, or a bound exceeds <see cref="MaxMagnitude"/>.</exception>
    public Indicator(
        string code,
        string nameVietnamese,
        string nameEnglish,
        string unitOfMeasure,
        decimal centralTarget,
        decimal minimum,
        decimal maximum,
        string appliesTo)
    {
        Code = Guard.NotBlank(code, nameof(code)).Trim();
        NameVietnamese = Guard.Nfc(Guard.NotBlank(nameVietnamese, nameof(nameVietnamese)));
        NameEnglish = Guard.Nfc(nameEnglish ?? throw new ArgumentNullException(nameof(nameEnglish)));
        UnitOfMeasure = Guard.Nfc(unitOfMeasure ?? throw new ArgumentNullException(nameof(unitOfMeasure)));
        Guard.InRange(minimum, -MaxMagnitude, MaxMagnitude, nameof(minimum));
        Guard.InRange(maximum, -MaxMagnitude, MaxMagnitude, nameof(maximum));
        if (minimum > maximum)
        {
            throw new ArgumentException(
                $"Minimum {DecimalText.Shortest(minimum)} is greater than maximum {DecimalText.Shortest(maximum)}.",
                nameof(minimum));
        }

        CentralTarget = Guard.InRange(centralTarget, minimum, maximum, nameof(centralTarget));
        Minimum = minimum;
        Maximum = maximum;
        AppliesTo = Guard.Nfc(appliesTo ?? throw new ArgumentNullException(nameof(appliesTo)));
    }

    /// <summary>
    /// The largest magnitude a bound may have (10¹²), so that the uplift of any result stays far inside
    /// <see cref="decimal"/>'s range and the rule can never overflow.
    /// </summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    /// <summary>The code that identifies the indicator in its catalog and in input files, for example <c>"9.1"</c>.</summary>
    public string Code { get; }

    /// <summary>The indicator's name as written in the source text (Vietnamese, Unicode NFC).</summary>
    public string NameVietnamese { get; }

    /// <summary>An English rendering of the name; may be empty in a custom catalog.</summary>
    public string NameEnglish { get; }

    /// <summary>The unit of results and targets, <c>"%"</c> for every indicator of the 2024 appendix.</summary>
    public string UnitOfMeasure { get; }

    /// <summary>The central target for the year: no unit's target may be lower.</summary>
    public decimal CentralTarget { get; }

    /// <summary>The smallest acceptable result (0 for a percentage).</summary>
    public decimal Minimum { get; }

    /// <summary>The largest acceptable result, and the cap on targets (100 for a percentage).</summary>
    public decimal Maximum { get; }

    /// <summary>The bodies the indicator applies to, as written in the source text.</summary>
    public string AppliesTo { get; }

    /// <summary>Tells whether <paramref name="result"/> lies within <see cref="Minimum"/> and <see cref="Maximum"/>.</summary>
    /// <param name="result">A result in <see cref="UnitOfMeasure"/>.</param>
    /// <returns><see langword="true"/> when the bounds hold it (both ends included).</returns>
    public bool IsWithinBounds(decimal result) => result >= Minimum && result <= Maximum;
}
