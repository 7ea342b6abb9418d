namespace KpiTargets;

/// <summary>
/// A unit's 2024 target as it was handed on: read back from a targets file, or taken from an <see cref="Assignment"/>.
/// What tracking and reporting start from.
/// </summary>
/// <remarks>
/// Immutable. The policy a target was made with (uplift, rounding, cap) is not recorded in a targets file, so the
/// target is not decided again here; the constructor checks instead what every policy keeps true, so a file edited
/// by hand or made with another catalog is told apart from one the rule wrote:
/// the target is never below its central target; clause a gives exactly the central target and holds only a result
/// below it, or none; clause b holds a result at or above it, and a capped target is the indicator's maximum. A clause-b
/// target above the maximum is kept: <c>assign --no-cap</c> writes such targets.
/// </remarks>
public sealed record AssignedTarget
{
    /// <summary>Creates a target as recorded and checks it against the rule.</summary>
    /// <param name="unit">The unit's name, exactly as given.</param>
    /// <param name="indicator">The indicator the target is for, whose central target the record was made against.</param>
    /// <param name="result2023">The unit's 2023 result, or <see langword="null"/> when it had none.</param>
    /// <param name="target2024">The target handed on.</param>
    /// <param name="clause">The clause recorded for it.</param>
    /// <param name="isCapped">Whether the target was lowered to the indicator's maximum (clause b only).</param>
    /// <exception cref="ArgumentException">The unit is empty, or the record contradicts the rule (the message says how).</exception>
    public AssignedTarget(string unit, Indicator indicator, decimal? result2023, decimal target2024, RuleClause clause, bool isCapped)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        Unit = Guard.NotBlank(unit, nameof(unit));
        Indicator = indicator;
        Result2023 = result2023;
        Target2024 = target2024;
        Clause = Guard.Defined(clause, nameof(clause));
        IsCapped = isCapped;
        if (FindContradiction(indicator, result2023, target2024, Clause, isCapped) is { } contradiction)
        {
            throw new ArgumentException(contradiction, nameof(target2024));
        }
    }

    /// <summary>The unit's name, exactly as given.</summary>
    public string Unit { get; }

    /// <summary>The indicator the target is for.</summary>
    public Indicator Indicator { get; }

    /// <summary>The unit's 2023 result, or <see langword="null"/> when it had none.</summary>
    public decimal? Result2023 { get; }

    /// <summary>The 2024 target.</summary>
    public decimal Target2024 { get; }

    /// <summary>The clause that set the target.</summary>
    public RuleClause Clause { get; }

    /// <summary>Whether the target was lowered to the indicator's maximum.</summary>
    public bool IsCapped { get; }

    /// <summary>The indicator's central target, the floor of every target.</summary>
    public decimal CentralTarget => Indicator.CentralTarget;

    /// <summary>Whether the unit had no 2023 result, so the central target applied by default.</summary>
    public bool HasNoBaseline => Result2023 is null;

    /// <summary>The target an assignment decided, as it is handed on.</summary>
    /// <param name="assignment">An assignment made by <see cref="TargetRule.Assign"/>.</param>
    /// <returns>The same unit, indicator, result, target, clause and cap.</returns>
    public static AssignedTarget From(Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return new(assignment.Unit, assignment.Indicator, assignment.Result2023, assignment.Target2024, assignment.Clause, assignment.IsCapped);
    }

    /// <summary>
    /// What in a record no policy of the rule could have written, the reason the constructor would give; so a reader
    /// of targets files can report it in the user's language without catching the exception.
    /// </summary>
    /// <param name="indicator">The indicator the target is for.</param>
    /// <param name="result2023">The unit's 2023 result, or <see langword="null"/> when it had none.</param>
    /// <param name="target2024">The target handed on.</param>
    /// <param name="clause">The clause recorded for it.</param>
    /// <param name="isCapped">Whether the target is recorded as lowered to the indicator's maximum.</param>
    /// <param name="language">The language of the reason; English, the constructor's, by default.</param>
    /// <returns>The reason, or <see langword="null"/> when the record is one the rule could have written.</returns>
    public static string? FindContradiction(
        Indicator indicator, decimal? result2023, decimal target2024, RuleClause clause, bool isCapped, ExplanationLanguage language = ExplanationLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var vi = language == ExplanationLanguage.Vietnamese;
        var central = indicator.CentralTarget;
        string Text(decimal value) => DecimalText.Shortest(value);
        if (result2023 is { } result && !indicator.IsWithinBounds(result))
        {
            return vi
                ? $"Kết quả {Text(result)} nằm ngoài giới hạn của chỉ tiêu {indicator.Code} ({Text(indicator.Minimum)} đến {Text(indicator.Maximum)})."
                : indicator.OutOfBounds("result", result);
        }

        if (target2024 < central)
        {
            return vi
                ? $"Chỉ tiêu giao {Text(target2024)} thấp hơn chỉ tiêu Trung ương {Text(central)} của chỉ tiêu {indicator.Code}, mức mà nguyên tắc giao không bao giờ cho thấp hơn."
                : $"The target {Text(target2024)} is below the central target {Text(central)} of indicator {indicator.Code}, which the rule never goes below.";
        }

        return clause switch
        {
            RuleClause.A when result2023 >= central => vi
                ? $"Điểm a chỉ áp dụng cho kết quả nhỏ hơn chỉ tiêu Trung ương {Text(central)}, không phải {Text(result2023.Value)}."
                : $"Clause a needs a result below the central target {Text(central)}, not {Text(result2023.Value)}.",
            RuleClause.A when target2024 != central => vi
                ? $"Điểm a giao đúng chỉ tiêu Trung ương {Text(central)}, không phải {Text(target2024)}."
                : $"Clause a gives the central target {Text(central)}, not {Text(target2024)}.",
            RuleClause.A when isCapped => vi
                ? "Chỉ điểm b mới có thể hạ chỉ tiêu xuống mức tối đa của chỉ tiêu."
                : "Only clause b can lower a target to the indicator's maximum.",
            RuleClause.B when result2023 is null || result2023 < central => vi
                ? $"Điểm b chỉ áp dụng cho kết quả bằng hoặc lớn hơn chỉ tiêu Trung ương {Text(central)}."
                : $"Clause b needs a result at or above the central target {Text(central)}.",
            RuleClause.B when isCapped && target2024 != indicator.Maximum => vi
                ? $"Chỉ tiêu bị giới hạn phải bằng mức tối đa {Text(indicator.Maximum)} của chỉ tiêu, không phải {Text(target2024)}."
                : $"A capped target is the indicator's maximum {Text(indicator.Maximum)}, not {Text(target2024)}.",
            _ => null,
        };
    }
}
