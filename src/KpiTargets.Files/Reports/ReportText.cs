namespace KpiTargets.Files.Reports;

/// <summary>
/// Every word of the HTML report, in English (the default) or Vietnamese (<c>--lang vi</c>), both languages side by side
/// as in <see cref="Text.Messages"/>, so that no title or legend exists in one language only. Numbers are written in
/// the product's shortest form; the Vietnamese report writes them with a decimal comma (<c>49,67</c>), as Vietnamese
/// readers and Excel on a Vietnamese Windows machine write them.
/// </summary>
internal sealed class ReportText
{
    private readonly bool _vi;

    private ReportText(bool vietnamese) => _vi = vietnamese;

    /// <summary>The English report, the default.</summary>
    public static ReportText English { get; } = new(vietnamese: false);

    /// <summary>The Vietnamese report.</summary>
    public static ReportText Vietnamese { get; } = new(vietnamese: true);

    /// <summary>The report's language as an HTML <c>lang</c> value.</summary>
    public string LanguageTag => _vi ? "vi" : "en";

    /// <summary>A number in shortest form (<c>49.5</c>, <c>100</c>), with a decimal comma in Vietnamese.</summary>
    public string Number(decimal value)
    {
        var text = DecimalText.Shortest(value);
        return _vi ? text.Replace('.', ',') : text;
    }

    /// <summary>A number with the indicator's unit of measure: <c>45%</c>, <c>12 hồ sơ</c>.</summary>
    public string Quantity(decimal value, Indicator indicator) =>
        indicator.UnitOfMeasure == "%" ? $"{Number(value)}%" : $"{Number(value)} {indicator.UnitOfMeasure}";

    /// <summary>
    /// The indicator's name in the report's language. A Vietnamese sub-item of a heading (9.1 "Các phòng, ban …") is
    /// named in the source text only under its heading, so the heading comes first; an English name stands alone, or
    /// falls back to the Vietnamese one in a catalog without English names.
    /// </summary>
    public string IndicatorName(Indicator indicator, IndicatorCatalog catalog)
    {
        if (!_vi)
        {
            return indicator.NameEnglish.Length > 0 ? indicator.NameEnglish : indicator.NameVietnamese;
        }

        var heading = catalog.Headings.FirstOrDefault(h => catalog.IndicatorsUnder(h).Contains(indicator));
        return heading is null ? indicator.NameVietnamese : $"{heading.NameVietnamese}: {indicator.NameVietnamese}";
    }

    // The document.
    public string DefaultTitle(bool withProgress) => (_vi, withProgress) switch
    {
        (true, true) => "Tiến độ thực hiện chỉ tiêu năm 2024",
        (true, false) => "Chỉ tiêu năm 2024 của các đơn vị",
        (false, true) => "Progress against the 2024 targets",
        (false, false) => "The units' 2024 targets",
    };

    public string Period(string period) => _vi ? $"Kỳ báo cáo: {period}" : $"Period: {period}";

    public string Catalog(string name) => _vi ? $"Danh mục chỉ tiêu: {name}" : $"Indicator catalog: {name}";

    public string Overview(int units, int indicators, int targets) => _vi
        ? $"{units} đơn vị, {indicators} chỉ tiêu, {targets} mức chỉ tiêu được giao."
        : $"{units} units, {indicators} indicators, {targets} targets.";

    public string Contents => _vi ? "Mục lục" : "Contents";

    public string IndicatorHeading(string code, string name) => _vi ? $"Chỉ tiêu {code}. {name}" : $"Indicator {code}. {name}";

    public string CentralTarget(string quantity) => _vi ? $"Chỉ tiêu Trung ương năm 2024: {quantity}." : $"Central target for 2024: {quantity}.";

    // The results chart.
    public string ResultsCaption => _vi
        ? "Kết quả năm 2023 của từng đơn vị so với chỉ tiêu Trung ương"
        : "Each unit's 2023 result against the central target";

    public string ResultsChartLabel(string code, int units, string central) => _vi
        ? $"Biểu đồ điểm: kết quả năm 2023 của {units} đơn vị ở chỉ tiêu {code}, so với chỉ tiêu Trung ương {central}"
        : $"Dot chart: the 2023 results of {units} units on indicator {code}, against the central target {central}";

    public string ResultAxis(string unitOfMeasure) => _vi ? $"Kết quả 2023 ({unitOfMeasure})" : $"2023 result ({unitOfMeasure})";

    public string ClauseALegend => _vi ? "trường hợp a: thấp hơn chỉ tiêu TW" : "clause a: below the central target";

    public string ClauseBLegend => _vi ? "trường hợp b: bằng hoặc cao hơn" : "clause b: at or above it";

    public string CappedLegend => _vi ? "b, giới hạn ở mức tối đa" : "b, capped at the maximum";

    public string NoBaselineLegend => _vi ? "không có kết quả 2023" : "no 2023 result";

    public string CentralLegend(string central) => _vi ? $"chỉ tiêu TW {central}" : $"central target {central}";

    public string ResultMark(string unit, string? result, string target, string clause, bool capped) => (_vi, result) switch
    {
        (true, null) => $"{unit}: không có kết quả 2023; chỉ tiêu 2024 {target}; trường hợp {clause}",
        (true, _) => $"{unit}: kết quả 2023 {result}; chỉ tiêu 2024 {target}; trường hợp {clause}{(capped ? ", giới hạn ở mức tối đa" : "")}",
        (false, null) => $"{unit}: no 2023 result; 2024 target {target}; clause {clause}",
        (false, _) => $"{unit}: 2023 result {result}; 2024 target {target}; clause {clause}{(capped ? ", capped at the maximum" : "")}",
    };

    // The count of units per clause.
    public string ClauseCountsCaption => _vi ? "Số đơn vị theo từng trường hợp" : "Units under each clause";

    public string ClauseCountsHeader => _vi ? "Trường hợp" : "Clause";

    public string UnitsHeader => _vi ? "Số đơn vị" : "Units";

    public string ClauseARow => _vi ? "a) thấp hơn chỉ tiêu TW: giao bằng chỉ tiêu TW" : "a) below the central target: the central target";

    public string ClauseBRow => _vi ? "b) bằng hoặc cao hơn chỉ tiêu TW: tăng thêm" : "b) at or above the central target: raised";

    public string CappedRow => _vi ? "trong đó giới hạn ở mức tối đa" : "of which capped at the maximum";

    public string NoBaselineRow => _vi ? "trong đó không có kết quả 2023" : "of which without a 2023 result";

    public string TotalRow => _vi ? "Tổng" : "Total";

    // The progress chart.
    public string ProgressCaption(string? period) => (_vi, period) switch
    {
        (true, null) => "Kết quả thực hiện của từng đơn vị so với chỉ tiêu 2024",
        (true, _) => $"{period}: kết quả thực hiện của từng đơn vị so với chỉ tiêu 2024",
        (false, null) => "Each unit's actual against its 2024 target",
        (false, _) => $"{period}: each unit's actual against its 2024 target",
    };

    public string ProgressChartLabel(string code, int units, int behind, int noData) => _vi
        ? $"Biểu đồ thanh: kết quả thực hiện của {units} đơn vị ở chỉ tiêu {code} so với chỉ tiêu 2024; {behind} đơn vị chưa đạt, {noData} đơn vị chưa có số liệu"
        : $"Bar chart: the actuals of {units} units on indicator {code} against their 2024 targets; {behind} behind, {noData} without data";

    public string ActualAxis(string unitOfMeasure) => _vi ? $"Thực hiện ({unitOfMeasure})" : $"Actual ({unitOfMeasure})";

    public string MetLegend => _vi ? "thực hiện, đạt chỉ tiêu" : "actual, target met";

    public string BehindLegend => _vi ? "thực hiện, chưa đạt" : "actual, behind";

    public string TargetLegend => _vi ? "chỉ tiêu 2024" : "2024 target";

    public string Status(ProgressStatus status) => (_vi, status) switch
    {
        (true, ProgressStatus.Met) => "đạt",
        (true, ProgressStatus.Behind) => "chưa đạt",
        (true, _) => "chưa có số liệu",
        (false, ProgressStatus.Met) => "met",
        (false, ProgressStatus.Behind) => "behind",
        (false, _) => "no data",
    };

    public string ProgressMark(string unit, string? actual, string target, string? gap, string status) => (_vi, actual) switch
    {
        (true, null) => $"{unit}: chưa có số liệu; chỉ tiêu 2024 {target}",
        (true, _) => $"{unit}: thực hiện {actual}; chỉ tiêu 2024 {target}; chênh lệch {gap}; {status}",
        (false, null) => $"{unit}: no data; 2024 target {target}",
        (false, _) => $"{unit}: actual {actual}; 2024 target {target}; gap {gap}; {status}",
    };

    // The tables after the indicators.
    public string SummaryCaption(string? period) => (_vi, period) switch
    {
        (true, null) => "Tổng hợp theo chỉ tiêu",
        (true, _) => $"Tổng hợp theo chỉ tiêu, {period}",
        (false, null) => "Summary by indicator",
        (false, _) => $"Summary by indicator, {period}",
    };

    public string IndicatorHeader => _vi ? "Chỉ tiêu" : "Indicator";

    public string MetHeader => _vi ? "Đạt" : "Met";

    public string BehindHeader => _vi ? "Chưa đạt" : "Behind";

    public string NoDataHeader => _vi ? "Chưa có số liệu" : "No data";

    public string MedianGapHeader => _vi ? "Chênh lệch trung vị" : "Median gap";

    public string RankingCaption => _vi ? "Xếp hạng đơn vị theo số chỉ tiêu đạt" : "Units ranked by indicators met";

    public string RankHeader => _vi ? "Hạng" : "Rank";

    public string UnitHeader => _vi ? "Đơn vị" : "Unit";

    public string TargetsCaption => _vi ? "Chỉ tiêu năm 2024 của từng đơn vị" : "Each unit's 2024 targets";

    public string TargetsNote => _vi
        ? "Mỗi cột là một chỉ tiêu (theo mã); ô trống: chỉ tiêu không áp dụng cho đơn vị."
        : "One column per indicator (by code); an empty cell: the indicator does not apply to the unit.";

    public string NoValue => _vi ? "không có" : "none";
}
