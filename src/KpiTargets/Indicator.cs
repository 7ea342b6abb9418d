namespace KpiTargets;

/// <summary>
/// One KPI indicator of a catalog: what is measured, the central target for the year, and the range a result
/// and a target can take.
/// </summary>
/// <remarks>
/// Immutable. The constructor checks <c>Minimum ≤ CentralTarget ≤ Maximum</c> and that the bounds lie within
/// ±<see cref="MaxMagnitude"/>, so every indicator in circulation is one the rule can work with. Texts are stored in
/// Unicode NFC and the code trimmed. Equality is by value over every property.
/// <para>
/// Change one with <c>with</c>, which checks each new value as the constructor does:
/// <c>IndicatorCatalog.BinhSon2024.Find("1") with { CentralTarget = 50 }</c>. Each value is checked against the others
/// as they are when it is set, so give them in an order in which each holds: widen the bounds before moving the
/// central target beyond the old ones, narrow them after.
/// </para>
/// </remarks>
public sealed record Indicator
{
    private readonly string _code = "";
    private readonly string _nameVietnamese = "";
    private readonly string _nameEnglish = "";
    private readonly string _unitOfMeasure = "";
    private readonly decimal _centralTarget;
    private readonly decimal _minimum;
    private readonly decimal _maximum;
    private readonly string _appliesTo = "";
    private readonly string _numeratorVietnamese = "";
    private readonly string _numeratorEnglish = "";
    private readonly string _denominatorVietnamese = "";
    private readonly string _denominatorEnglish = "";

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
        // Checked under the constructor's parameter names first; the properties check the same under their own.
        Code = Guard.NotBlank(code, nameof(code));
        NameVietnamese = Guard.NotBlank(nameVietnamese, nameof(nameVietnamese));
        NameEnglish = nameEnglish ?? throw new ArgumentNullException(nameof(nameEnglish));
        UnitOfMeasure = unitOfMeasure ?? throw new ArgumentNullException(nameof(unitOfMeasure));
        AppliesTo = appliesTo ?? throw new ArgumentNullException(nameof(appliesTo));

        // The bounds and the central target are checked together here: one at a time, the first would meet the
        // others still at zero.
        Guard.InRange(minimum, -MaxMagnitude, MaxMagnitude, nameof(minimum));
        Guard.InRange(maximum, -MaxMagnitude, MaxMagnitude, nameof(maximum));
        if (minimum > maximum)
        {
            throw new ArgumentException(
                $"Minimum {DecimalText.Shortest(minimum)} is greater than maximum {DecimalText.Shortest(maximum)}.",
                nameof(minimum));
        }

        _centralTarget = Guard.InRange(centralTarget, minimum, maximum, nameof(centralTarget));
        _minimum = minimum;
        _maximum = maximum;
    }

    /// <summary>
    /// The largest magnitude a bound may have (10¹²), so that the uplift of any result stays far inside
    /// <see cref="decimal"/>'s range and the rule can never overflow.
    /// </summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    /// <summary>The code that identifies the indicator in its catalog and in input files, for example <c>"9.1"</c>.</summary>
    /// <exception cref="ArgumentException">Set to an empty code.</exception>
    public string Code
    {
        get => _code;
        init => _code = Guard.NotBlank(value, nameof(Code)).Trim();
    }

    /// <summary>The indicator's name as written in the source text (Vietnamese, Unicode NFC).</summary>
    /// <exception cref="ArgumentException">Set to an empty name.</exception>
    public string NameVietnamese
    {
        get => _nameVietnamese;
        init => _nameVietnamese = Guard.Nfc(Guard.NotBlank(value, nameof(NameVietnamese)));
    }

    /// <summary>An English rendering of the name; may be empty in a custom catalog.</summary>
    public string NameEnglish
    {
        get => _nameEnglish;
        init => _nameEnglish = Guard.Nfc(value ?? throw new ArgumentNullException(nameof(NameEnglish)));
    }

    /// <summary>The unit of results and targets, <c>"%"</c> for every indicator of the 2024 appendix.</summary>
    public string UnitOfMeasure
    {
        get => _unitOfMeasure;
        init => _unitOfMeasure = Guard.Nfc(value ?? throw new ArgumentNullException(nameof(UnitOfMeasure)));
    }

    /// <summary>The central target for the year: no unit's target may be lower.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside <see cref="Minimum"/> and <see cref="Maximum"/>.</exception>
    public decimal CentralTarget
    {
        get => _centralTarget;
        init => _centralTarget = Guard.InRange(value, Minimum, Maximum, nameof(CentralTarget));
    }

    /// <summary>The smallest acceptable result (0 for a percentage).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set beyond ±<see cref="MaxMagnitude"/> or above <see cref="CentralTarget"/>.</exception>
    public decimal Minimum
    {
        get => _minimum;
        init => _minimum = Guard.InRange(value, -MaxMagnitude, CentralTarget, nameof(Minimum));
    }

    /// <summary>The largest acceptable result, and the cap on targets (100 for a percentage).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set beyond ±<see cref="MaxMagnitude"/> or below <see cref="CentralTarget"/>.</exception>
    public decimal Maximum
    {
        get => _maximum;
        init => _maximum = Guard.InRange(value, CentralTarget, MaxMagnitude, nameof(Maximum));
    }

    /// <summary>The bodies the indicator applies to, as written in the source text.</summary>
    public string AppliesTo
    {
        get => _appliesTo;
        init => _appliesTo = Guard.Nfc(value ?? throw new ArgumentNullException(nameof(AppliesTo)));
    }

    /// <summary>
    /// What the share's numerator counts, in Vietnamese, for example <c>Số hồ sơ trực tuyến</c> (the 2024 catalog
    /// takes it from the formulas of Decision 766/QĐ-TTg); empty when the catalog does not say, as a custom one may not.
    /// </summary>
    public string NumeratorVietnamese
    {
        get => _numeratorVietnamese;
        init => _numeratorVietnamese = Guard.Nfc(value ?? throw new ArgumentNullException(nameof(NumeratorVietnamese)));
    }

    /// <summary>What the share's numerator counts, in English; empty when the catalog does not say.</summary>
    public string NumeratorEnglish
    {
        get => _numeratorEnglish;
        init => _numeratorEnglish = Guard.Nfc(value ?? throw new ArgumentNullException(nameof(NumeratorEnglish)));
    }

    /// <summary>
    /// What the share's denominator counts, in Vietnamese, for example <c>Tổng số hồ sơ tiếp nhận</c>; empty when the
    /// catalog does not say.
    /// </summary>
    public string DenominatorVietnamese
    {
        get => _denominatorVietnamese;
        init => _denominatorVietnamese = Guard.Nfc(value ?? throw new ArgumentNullException(nameof(DenominatorVietnamese)));
    }

    /// <summary>What the share's denominator counts, in English; empty when the catalog does not say.</summary>
    public string DenominatorEnglish
    {
        get => _denominatorEnglish;
        init => _denominatorEnglish = Guard.Nfc(value ?? throw new ArgumentNullException(nameof(DenominatorEnglish)));
    }

    /// <summary>Tells whether <paramref name="result"/> lies within <see cref="Minimum"/> and <see cref="Maximum"/>.</summary>
    /// <param name="result">A result in <see cref="UnitOfMeasure"/>.</param>
    /// <returns><see langword="true"/> when the bounds hold it (both ends included).</returns>
    public bool IsWithinBounds(decimal result) => result >= Minimum && result <= Maximum;

    // The one sentence for a value outside the bounds, whatever the value is ("result", "actual").
    internal string OutOfBounds(string what, decimal value) =>
        $"The {what} {DecimalText.Shortest(value)} is outside the bounds of indicator {Code} "
        + $"({DecimalText.Shortest(Minimum)} to {DecimalText.Shortest(Maximum)}).";
}
