namespace KpiTargets.Files.Text;

/// <summary>The messages about where a table was found in an office sheet: its worksheet, header rows, data and footer.</summary>
internal sealed partial class Messages
{
    public string NoTableInSheets(string sheets, int rows) => _vi
        ? $"không trang tính nào có bảng: không trang tính nào ({sheets}) có dòng tiêu đề nêu các cột cần đọc trong {rows} dòng đầu; hãy chọn trang tính bằng --sheet TÊN để xem tiêu đề của nó thiếu gì"
        : $"no sheet holds the table: none of the sheets examined ({sheets}) has a header row naming the columns to read within its first {rows} rows; choose one with --sheet NAME to see what its header misses";

    /// <summary>The <c>--verbose</c> line: what was read as header and table, and what was left out below it.</summary>
    /// <param name="file">The file as the user named it.</param>
    /// <param name="sheet">The worksheet, or <see langword="null"/> for delimited text.</param>
    /// <param name="header">The header's rows: <c>5</c> or <c>5–6</c>.</param>
    /// <param name="table">The table's rows, <c>7–38</c>, or <see langword="null"/> when it has none.</param>
    /// <param name="footer">The rows below the table that were left out, or <see langword="null"/> when there were none.</param>
    public string TableRead(string file, string? sheet, string header, string? table, string? footer)
    {
        var rows = sheet is null ? (_vi ? "dòng" : "lines") : (_vi ? "hàng" : "rows");
        var where = sheet is null ? file : _vi ? $"trang tính '{sheet}' của {file}" : $"sheet '{sheet}' of {file}";
        return _vi
            ? $"đã đọc {where}: tiêu đề ở {rows} {header}, bảng ở {rows} {table ?? "(không có)"}{(footer is null ? "" : $"; bỏ qua phần cuối ở {rows} {footer}")}"
            : $"read {where}: header {rows} {header}, table {rows} {table ?? "(none)"}{(footer is null ? "" : $"; footer {rows} {footer} left out")}";
    }
}
