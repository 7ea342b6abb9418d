namespace KpiTargets.Files.Text;

/// <summary>The messages of reading a targets file back and of setting a period's actuals against it (<c>track</c>).</summary>
internal sealed partial class Messages
{
    // Targets files.
    public string TargetsInWideLayout(string header) => _vi
        ? $"tệp chỉ tiêu này ở bố cục ngang, không có kết quả 2023 và trường hợp của từng chỉ tiêu; hãy xuất chỉ tiêu với --output-layout long (hoặc canonical) và theo dõi theo tệp đó; tiêu đề có: {header}"
        : $"this targets file is in the wide layout, which holds neither the 2023 results nor the rules; write the targets with --output-layout long (or canonical) and track against that file; the header has: {header}";

    public string CentralTargetDiffers(string code, string inFile, string inCatalog, string catalog) => _vi
        ? $"chỉ tiêu Trung ương {inFile} của chỉ tiêu {code} khác với {inCatalog} trong danh mục '{catalog}'; hãy dùng --catalog mà tệp chỉ tiêu đã được lập theo"
        : $"the central target {inFile} of indicator {code} differs from {inCatalog} in the catalog '{catalog}'; pass the --catalog the targets were made with";

    public string UnknownRule(string text) => _vi
        ? $"trường hợp '{text}' không phải a hoặc b (các điểm a, b của nguyên tắc giao chỉ tiêu)"
        : $"the rule '{text}' is neither a nor b, the clauses of the appendix's rule";

    public string NotAFlag(string column, string text) => _vi
        ? $"giá trị {column} '{text}' không phải có/không; viết có, không, true hoặc false"
        : $"the {column} '{text}' is not a yes or no; write true, false, có or không";

    public string ContradictsRule(string reason) => _vi
        ? $"dòng chỉ tiêu mâu thuẫn với nguyên tắc giao chỉ tiêu (tệp đã bị sửa tay, hoặc được lập theo danh mục khác): {reason}"
        : $"the target contradicts the rule (the file was edited by hand, or made with another catalog): {reason}";

    // Actuals.
    public string ActualNotANumber(string text) => _vi
        ? $"số liệu thực hiện '{text}' không phải là số; viết số thập phân với dấu '.' hoặc ',' (ví dụ 45.5 hoặc 45,5, có thể kèm %), không dùng dấu phân cách hàng nghìn; để trống hoặc ghi N/A khi chưa có số liệu của kỳ"
        : $"the actual '{text}' is not a number; write a decimal with '.' or ',' as the decimal mark (45.5 or 45,5, optionally with %), without thousands separators; leave it empty or write N/A when the period has no figure";

    public string ActualWithoutTarget(string unit, string code) => _vi
        ? $"đơn vị '{unit}' có số liệu thực hiện chỉ tiêu {code} nhưng tệp chỉ tiêu không giao chỉ tiêu này cho đơn vị; kiểm tra tên đơn vị và mã chỉ tiêu"
        : $"unit '{unit}' has an actual for indicator {code}, but the targets give it no target on that indicator; check the unit's name and the indicator code";
}
