namespace KpiTargets.Files.Catalogs;

/// <summary>The columns of the catalog CSV format, shared by its reader and writer; documented in the README.</summary>
internal static class CatalogColumns
{
    public const string Code = "code";
    public const string NameVietnamese = "name_vi";
    public const string NameEnglish = "name_en";
    public const string Unit = "unit";
    public const string CentralTarget = "central_target";
    public const string Minimum = "minimum";
    public const string Maximum = "maximum";
    public const string AppliesTo = "applies_to";

    // What a share's numerator and denominator count; optional, after the older columns so older catalogs still read.
    public const string NumeratorVietnamese = "numerator_vi";
    public const string NumeratorEnglish = "numerator_en";
    public const string DenominatorVietnamese = "denominator_vi";
    public const string DenominatorEnglish = "denominator_en";

    /// <summary>Every column in the order the writer puts them.</summary>
    public static readonly string[] All =
    [
        Code, NameVietnamese, NameEnglish, Unit, CentralTarget, Minimum, Maximum, AppliesTo,
        NumeratorVietnamese, NumeratorEnglish, DenominatorVietnamese, DenominatorEnglish,
    ];

    /// <summary>Used when a catalog omits the unit column or leaves a cell empty: every 2024 indicator is a percentage.</summary>
    public const string DefaultUnit = "%";

    /// <summary>Used when a catalog omits the minimum column or leaves a cell empty.</summary>
    public const decimal DefaultMinimum = 0m;

    /// <summary>Used when a catalog omits the maximum column or leaves a cell empty.</summary>
    public const decimal DefaultMaximum = 100m;
}
