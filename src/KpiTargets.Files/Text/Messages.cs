namespace KpiTargets.Files.Text;

/// <summary>
/// Every message about data, the CLI's and the package's alike, in English (the default) or Vietnamese (the CLI's
/// <c>--lang vi</c>). One method per message, both languages side by side, so a new message cannot be added in one
/// language only. The command line's own help and parse errors are not here: they stay in English.
/// </summary>
internal sealed partial class Messages
{
    private readonly bool _vi;

    private Messages(bool vietnamese) => _vi = vietnamese;

    /// <summary>English messages, the default.</summary>
    public static Messages English { get; } = new(vietnamese: false);

    /// <summary>Vietnamese messages.</summary>
    public static Messages Vietnamese { get; } = new(vietnamese: true);

    /// <summary>The messages for a language code: <c>vi</c>, else English.</summary>
    public static Messages For(string language) => language == "vi" ? Vietnamese : English;

    /// <summary>Whether the messages are in Vietnamese; output column titles follow the same choice.</summary>
    public bool IsVietnamese => _vi;

    // Reading files.
    public string EmptyFile(string requiredColumns) => _vi
        ? $"tệp rỗng; cần một dòng tiêu đề có các cột {requiredColumns}"
        : $"the file is empty; expected a header row naming the columns {requiredColumns}";

    public string HeaderOnly => _vi
        ? "tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào"
        : "the file has a header row but no data rows";

    public string InvalidUtf8 => _vi
        ? "dòng này không phải văn bản UTF-8; nếu tệp được lưu từ Excel dạng \"CSV\" trên Windows tiếng Việt, hãy thêm --encoding windows-1258, hoặc lưu lại dạng \"CSV UTF-8\""
        : "the line is not valid UTF-8 text; if Excel saved it as \"CSV\" on a Vietnamese Windows machine, add --encoding windows-1258, or save it again as \"CSV UTF-8\"";

    public string TooManyLines(long limit) => _vi
        ? $"tệp dài hơn {limit} dòng; hãy chia thành nhiều tệp"
        : $"the file is longer than {limit} lines; split it into several files";

    public string Noncharacter => _vi
        ? "dòng này chứa ký tự không phải văn bản: một ký tự Unicode không dùng để trao đổi (như U+FFFE, U+FFFF), hoặc nửa cặp thay thế UTF-16 (tệp UTF-16 bị hỏng); hãy xóa ký tự đó hoặc lưu lại tệp"
        : "the line holds a character that is not text: a Unicode noncharacter (such as U+FFFE or U+FFFF), or half of a UTF-16 surrogate pair (a damaged UTF-16 file); delete it, or save the file again";

    public string NulByte => _vi
        ? "dòng này chứa ký tự NUL; tệp có thể là UTF-16 không có BOM hoặc không phải tệp văn bản (thử --encoding utf-16)"
        : "the line contains a NUL character; the file may be UTF-16 without a byte order mark, or not a text file (try --encoding utf-16)";

    public string FieldCount(int found, int expected) => _vi
        ? $"dòng có {found} trường nhưng tiêu đề có {expected}; tên có chứa dấu phân cách phải đặt trong dấu ngoặc kép"
        : $"the row has {found} fields but the header has {expected}; a name that contains the separator must be in double quotes";

    public string FormulaWithoutResult(string cell) => _vi
        ? $"ô {cell} có công thức nhưng không có kết quả đã lưu (tệp được tạo bởi chương trình không tính công thức); hãy mở tệp trong Excel và lưu lại"
        : $"the cell {cell} holds a formula whose result was never saved (a program that does not calculate wrote the workbook); open the workbook in Excel and save it again";

    public string TooManyColumns(int found, int limit) => _vi
        ? $"dòng tiêu đề có {found} cột; tối đa là {limit} cột (giới hạn của Excel)"
        : $"the header has {found} columns; at most {limit} are read (Excel's own limit)";

    public string WorkbookRowTooWide(int found, int expected) => _vi
        ? $"dòng có giá trị ở cột thứ {found} nhưng tiêu đề chỉ có {expected} cột; hãy thêm tiêu đề cho cột đó hoặc xóa giá trị"
        : $"the row has a value in column {found} but the header has only {expected} columns; give that column a title or clear the value";

    public string UnterminatedQuote => _vi
        ? "một trường trong ngoặc kép không được đóng: thiếu một dấu ngoặc kép; phần còn lại của tệp bị đọc thành một trường"
        : "a quoted field is never closed: a double quote is missing; the rest of the file was read as one field";

    public string TextAfterClosingQuote => _vi
        ? "có văn bản sau dấu ngoặc kép đóng; trong trường có ngoặc kép, viết dấu ngoặc kép thành hai dấu (\"\")"
        : "text follows a closing double quote; inside a quoted field write a double quote as two (\"\")";

    public string StrayQuote => _vi
        ? "có dấu ngoặc kép trong một trường không đặt trong ngoặc kép; hãy đặt cả trường trong ngoặc kép và viết dấu ngoặc kép thành hai dấu (\"\")"
        : "a double quote inside a field that is not quoted; put the whole field in double quotes and write the quote as two (\"\")";

    public string Malformed(string reason) => _vi
        ? $"dòng không đúng định dạng CSV ({reason})"
        : $"the row is not well-formed CSV ({reason})";

    public string RecordTooLong(int limitMiB) => _vi
        ? $"một dòng dài hơn {limitMiB} MiB; tệp có thể thiếu một dấu ngoặc kép đóng hoặc không phải tệp CSV; đã dừng đọc tại đây"
        : $"a record is longer than {limitMiB} MiB; a closing double quote may be missing, or this is not a CSV file; reading stopped here";

    public string LooksLikeOldWorkbook => _vi
        ? "đây là sổ tính Excel 97–2003 (.xls) hoặc sổ tính có mật khẩu, không phải CSV; hãy mở trong Excel (gỡ mật khẩu nếu có) và lưu lại dạng Excel Workbook (.xlsx) hoặc CSV UTF-8"
        : "this is an Excel 97-2003 workbook (.xls) or a workbook protected by a password, not CSV; open it in Excel (remove the password, if any) and save it as an Excel Workbook (.xlsx) or as CSV UTF-8";

    public string LooksLikeWorkbook => _vi
        ? "đây là sổ tính Excel (.xlsx), không phải CSV; hãy đưa đường dẫn của tệp có đuôi .xlsx"
        : "this is an Excel workbook (.xlsx), not CSV; give the path of a file whose name ends in .xlsx";

    public string NotAWorkbook(string reason) => _vi
        ? $"không đọc được sổ tính Excel: {reason}"
        : $"the Excel workbook cannot be read: {reason}";

    public string SheetNotFound(string sheet, string available) => _vi
        ? $"không có trang tính '{sheet}'; các trang tính: {available}"
        : $"there is no sheet '{sheet}'; the sheets are: {available}";

    // Header rows.
    public string DuplicateColumn(string column, int count, string positions) => _vi
        ? $"cột '{column}' xuất hiện {count} lần trong tiêu đề (các cột {positions})"
        : $"the column '{column}' appears {count} times in the header (columns {positions})";

    public string MissingColumn(string column, string accepted, string header, string? closest) => _vi
        ? $"thiếu cột '{column}': đặt tiêu đề cột là một trong: {accepted}; tiêu đề có: {header}{(closest is null ? "" : $"; có phải '{closest}' là cột này không?")}"
        : $"missing the column '{column}': title it one of: {accepted}; the header has: {header}{(closest is null ? "" : $"; is '{closest}' meant to be it?")}";

    public string MissingResultColumns(string header) => _vi
        ? $"không nhận ra bố cục: cần cột 'unit', 'indicator', 'result_2023' (bố cục dọc) hoặc cột 'unit' và một cột cho mỗi mã chỉ tiêu (bố cục ngang); tiêu đề có: {header}"
        : $"the layout is not recognised: expected the columns 'unit', 'indicator' and 'result_2023' (long layout), or 'unit' and one column per indicator code (wide layout); the header has: {header}";

    public string UnknownCodeColumn(string title, string known) => _vi
        ? $"cột '{title}' trông như một mã chỉ tiêu nhưng danh mục không có mã này; các mã: {known}"
        : $"the column '{title}' looks like an indicator code, but the catalog has no such indicator; use one of: {known}";

    // Results rows.
    public string EmptyUnit => _vi
        ? "tên đơn vị bị trống; mỗi dòng cần tên đơn vị"
        : "the unit is empty; every row needs the unit's name";

    public string EmptyCode(string known) => _vi
        ? $"mã chỉ tiêu bị trống; dùng một trong các mã: {known}"
        : $"the indicator code is empty; use one of: {known}";

    public string HeadingCode(string code, string children) => _vi
        ? $"'{code}' là mục tiêu đề, không có chỉ tiêu riêng; dùng một trong các mã: {children}"
        : $"'{code}' is a heading without a target of its own; use one of: {children}";

    public string UnknownCode(string code, string known) => _vi
        ? $"không có mã chỉ tiêu '{code}'; dùng một trong các mã: {known}"
        : $"unknown indicator code '{code}'; use one of: {known}";

    public string NotANumber(string text) => _vi
        ? $"kết quả '{text}' không phải là số; viết số thập phân với dấu '.' hoặc ',' (ví dụ 45.5 hoặc 45,5, có thể kèm %), không dùng dấu phân cách hàng nghìn; để trống hoặc ghi N/A khi không có kết quả 2023"
        : $"the result '{text}' is not a number; write a decimal with '.' or ',' as the decimal mark (45.5 or 45,5, optionally with %), without thousands separators; leave it empty or write N/A when there is no 2023 result";

    public string TooManyDigits(string text) => _vi
        ? $"kết quả '{text}' có nhiều chữ số hơn mức có thể lưu chính xác (tối đa 28 chữ số có nghĩa và 28 chữ số thập phân); làm tròn ở nơi lập số liệu, không để chương trình tự làm tròn"
        : $"the result '{text}' has more digits than can be held exactly (at most 28 significant digits and 28 decimals); round it where the figure is made, rather than let it be rounded here";

    public string OutOfBounds(string value, string code, string minimum, string maximum) => _vi
        ? $"kết quả {value} nằm ngoài giới hạn của chỉ tiêu {code} ({minimum} đến {maximum})"
        : $"the result {value} is outside the bounds of indicator {code} ({minimum} to {maximum})";

    public string Duplicate(string unit, string code, long firstLine) => _vi
        ? $"dòng trùng: đơn vị '{unit}' đã có kết quả chỉ tiêu {code} ở dòng {firstLine}"
        : $"duplicate row: unit '{unit}' already has a result for indicator {code} at line {firstLine}";

    public string DuplicateSpelledOtherwise(string unit, string code, long firstLine, string firstSpelling) => _vi
        ? $"dòng trùng: đơn vị '{unit}' đã có kết quả chỉ tiêu {code} ở dòng {firstLine}, viết là '{firstSpelling}' (tên đơn vị được so sánh không phân biệt chữ hoa, chữ thường và khoảng trắng thừa)"
        : $"duplicate row: unit '{unit}' already has a result for indicator {code} at line {firstLine}, spelled '{firstSpelling}' there (unit names are compared without regard to letter case and extra spaces)";

    // Catalog rows.
    public string CatalogEmpty(string column) => _vi ? $"cột '{column}' bị trống" : $"the '{column}' is empty";

    public string CatalogDuplicateCode(string code, long firstLine) => _vi
        ? $"mã '{code}' đã dùng ở dòng {firstLine}"
        : $"the code '{code}' is already used at line {firstLine}";

    public string CatalogNotANumber(string column, string text) => _vi
        ? $"giá trị {column} '{text}' không phải là số; viết số thập phân, ví dụ 45.5"
        : $"the {column} '{text}' is not a number; write a decimal, for example 45.5";

    public string CatalogMinimumAboveMaximum(string minimum, string maximum) => _vi
        ? $"giá trị nhỏ nhất {minimum} lớn hơn giá trị lớn nhất {maximum}"
        : $"the minimum {minimum} is greater than the maximum {maximum}";

    public string CatalogCentralOutOfBounds(string central, string minimum, string maximum) => _vi
        ? $"chỉ tiêu Trung ương {central} nằm ngoài giới hạn {minimum} đến {maximum}"
        : $"the central target {central} is outside the bounds {minimum} to {maximum}";

    public string CatalogWithoutIndicators => _vi
        ? "danh mục không có chỉ tiêu nào có chỉ tiêu Trung ương"
        : "the catalog has no indicator with a central target";

    // Run summaries.
    // The closing line of a run with problems; a run that would have written an output says that it wrote nothing.
    public string ProblemCount(long count, bool nothingWritten) => _vi
        ? $"lỗi: phát hiện {count} vấn đề.{(nothingWritten ? " Không ghi gì cả." : "")}"
        : $"error: {count} problem{(count == 1 ? "" : "s")} found.{(nothingWritten ? " Nothing was written." : "")}";

    public string ProblemCountTruncated(long count, int shown, long omitted, bool nothingWritten) => _vi
        ? $"lỗi: phát hiện {count} vấn đề; hiển thị {shown} vấn đề đầu tiên, còn {omitted} vấn đề khác.{(nothingWritten ? " Không ghi gì cả." : "")}"
        : $"error: {count} problems found; the first {shown} are shown, {omitted} more were not.{(nothingWritten ? " Nothing was written." : "")}";

    public string Valid(string file, long rows, long withoutResult) => _vi
        ? $"{file}: hợp lệ, {rows} dòng ({withoutResult} dòng không có kết quả 2023)."
        : $"{file}: valid, {rows} rows ({withoutResult} without a 2023 result).";

    public string IoError(string message) => _vi ? $"lỗi: {message}" : $"error: {message}";

    // Warnings: the run goes on and its exit code does not change; --quiet hides them.
    public string SpelledTwoWays(string file, long line, string other, string first, long firstLine) => _vi
        ? $"{file}:{line}: cảnh báo: đơn vị '{other}' được viết là '{first}' ở dòng {firstLine}; hai cách viết được tính là một đơn vị khi kiểm tra trùng, nhưng được giữ nguyên như đã viết; hãy thống nhất cách viết trong tệp"
        : $"{file}:{line}: warning: the unit '{other}' is spelled '{first}' at line {firstLine}; both are one unit for the duplicate check but are kept as written; spell it one way in the sheet";

    public string MoreSpellingVariants(long more) => _vi
        ? $"cảnh báo: còn {more} cách viết khác của tên đơn vị không được liệt kê"
        : $"warning: {more} more spellings of unit names are not listed";

    public string LooksLikeFractions(string file, string code, string largest) => _vi
        ? $"{file}: cảnh báo: mọi kết quả của chỉ tiêu {code} đều không lớn hơn 1 (lớn nhất là {largest}): có vẻ là phân số chứ không phải phần trăm (0,4515 thay cho 45,15 %); hãy định dạng ô là % trong Excel, hoặc nhân với 100"
        : $"{file}: warning: every result of indicator {code} is at most 1 (the largest is {largest}): they look like fractions, not percentages (0.4515 for 45.15 %); format the cells as % in Excel, or multiply them by 100";

    public string StandardOutputClosed => _vi
        ? "lỗi: đầu ra chuẩn (standard output) đã bị đóng nên không ghi được gì vào đó; với assign, hãy chỉ định tệp kết quả bằng -o TỆP"
        : "error: standard output is closed, so nothing could be written to it; give assign an output file with -o FILE";
}
