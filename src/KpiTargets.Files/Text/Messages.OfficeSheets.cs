namespace KpiTargets.Files.Text;

/// <summary>The messages about where a table was found in an office sheet: its worksheet, header rows, data and footer.</summary>
internal sealed partial class Messages
{
    public string NoTableInSheets(string sheets, int rows) => _vi
        ? $"không trang tính nào có bảng: không trang tính nào ({sheets}) có dòng tiêu đề nêu các cột cần đọc trong {rows} dòng đầu; hãy chọn trang tính bằng --sheet TÊN để xem tiêu đề của nó thiếu gì"
        : $"no sheet holds the table: none of the sheets examined ({sheets}) has a header row naming the columns to read within its first {rows} rows; choose one with --sheet NAME to see what its header misses";

    /// <summary>The <c>--verbose</c> line: what was read as header and table, and what was left out below it.</summary>
    /// <param name="file">The file as the user named it.</param>
    /// <param name="sheet">The worksheet, or <see langword="null"/> for delimited text, whose rows are lines.</param>
    /// <param name="header">The header's first and last rows.</param>
    /// <param name="table">The table's first and last rows; (0, 0) when it has none.</param>
    /// <param name="footer">The first and last rows left out below the table; (0, 0) when there were none.</param>
    public string TableRead(string file, string? sheet, (long First, long Last) header, (long First, long Last) table, (long First, long Last) footer)
    {
        string Rows((long First, long Last) rows) =>
            (sheet is null ? (_vi ? "dòng" : rows.First == rows.Last ? "line" : "lines") : (_vi ? "hàng" : rows.First == rows.Last ? "row" : "rows"))
            + (rows.First == rows.Last ? $" {rows.First}" : $" {rows.First}–{rows.Last}");
        var where = sheet is null ? file : _vi ? $"trang tính '{sheet}' của {file}" : $"sheet '{sheet}' of {file}";
        return _vi
            ? $"đã đọc {where}: tiêu đề ở {Rows(header)}, bảng ở {(table.First == 0 ? "(không có)" : Rows(table))}{(footer.First == 0 ? "" : $"; bỏ qua phần cuối ở {Rows(footer)}")}"
            : $"read {where}: header {Rows(header)}, table {(table.First == 0 ? "(none)" : Rows(table))}{(footer.First == 0 ? "" : $"; footer {Rows(footer)} left out")}";
    }
}
