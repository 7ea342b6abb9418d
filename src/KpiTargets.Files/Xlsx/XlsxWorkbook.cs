using System.IO.Compression;
using System.Xml;
using KpiTargets.Files.Tables;

namespace KpiTargets.Files.Xlsx;

/// <summary>
/// An opened <c>.xlsx</c> package with the worksheets it may be read from, and how their cells become text
/// (<see cref="XlsxCellText"/>, which holds the shared strings, the percentage and date styles and the date system).
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private XlsxWorkbook(ZipArchive package, IReadOnlyList<(string Name, string Part)> worksheets, XlsxCellText cells)
    {
        Package = package;
        Worksheets = worksheets;
        Cells = cells;
    }

    public ZipArchive Package { get; }

    /// <summary>
    /// The worksheets to read from, in tab order, never empty: the one <see cref="InputOptions.Sheet"/> names; else
    /// every visible worksheet, the first holding the table being the one read; else, when all are hidden, all of them.
    /// </summary>
    public IReadOnlyList<(string Name, string Part)> Worksheets { get; }

    public XlsxCellText Cells { get; }

    /// <summary>
    /// Opens the package and reads every workbook-level part (relationships, workbook, shared strings, styles): a
    /// corrupt part throws here, where the caller can still report it, rather than in the middle of the rows.
    /// </summary>
    /// <returns>The workbook, or <see langword="null"/> with <paramref name="failure"/> saying why.</returns>
    public static XlsxWorkbook? Open(Stream stream, InputOptions options, out string? failure)
    {
        var messages = options.Messages;
        ZipArchive package;
        try
        {
            package = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException)
        {
            failure = messages.NotAWorkbook(NotAZipReason(stream) ?? "File contains corrupted data.");
            stream.Dispose();
            return null;
        }

        try
        {
            var workbookPart = SpreadsheetMl.RelationshipsOf(package, "").Values
                .FirstOrDefault(relationship => SpreadsheetMl.Kind(relationship.Type) == "officeDocument").Target;
            var workbook = workbookPart is null ? new WorkbookPart([], false) : ReadWorkbookPart(package, workbookPart);
            Dictionary<string, (string Type, string Target)> relationships = workbookPart is null ? [] : SpreadsheetMl.RelationshipsOf(package, workbookPart);

            // A worksheet, not a chart sheet, whose part is there; only such sheets can be read, or named as choices.
            string? WorksheetOf(Sheet sheet) =>
                sheet.Id is not null && relationships.TryGetValue(sheet.Id, out var target)
                && SpreadsheetMl.Kind(target.Type) == "worksheet" && SpreadsheetMl.Entry(package, target.Target) is not null
                    ? target.Target
                    : null;

            // By default the worksheets the user sees: a hidden sheet (a lookup list, a template's settings) is not
            // the data. A workbook whose worksheets are all hidden still reads from them.
            List<(string Name, string Part)> Readable(IEnumerable<Sheet> sheets) =>
                [.. sheets.Select(sheet => (sheet.Name, Part: WorksheetOf(sheet))).Where(sheet => sheet.Part is not null).Select(sheet => (sheet.Name, sheet.Part!))];
            var worksheets = options.Sheet is null
                ? Readable(workbook.Sheets.Where(s => !s.Hidden)) is { Count: > 0 } visible ? visible : Readable(workbook.Sheets)
                : [.. Readable(workbook.Sheets.Where(s => string.Equals(s.Name, options.Sheet, StringComparison.OrdinalIgnoreCase))).Take(1)];
            if (worksheets.Count == 0)
            {
                failure = options.Sheet is null
                    ? messages.NotAWorkbook("it has no worksheet")
                    : messages.SheetNotFound(options.Sheet, string.Join(", ", workbook.Sheets.Where(s => WorksheetOf(s) is not null).Select(s => s.Name)));
                package.Dispose();
                return null;
            }

            string? PartOf(string kind) => relationships.Values.FirstOrDefault(r => SpreadsheetMl.Kind(r.Type) == kind).Target;
            var cells = new XlsxCellText(package, PartOf("sharedStrings"), PartOf("styles"), workbook.Date1904);
            failure = null;
            return new XlsxWorkbook(package, worksheets, cells);
        }
        catch (Exception exception) when (XlsxRecords.IsBadContent(exception))
        {
            package.Dispose();
            failure = messages.NotAWorkbook(exception.Message);
            return null;
        }
    }

    public void Dispose() => Package.Dispose();

    // The workbook's sheets in workbook order (the order of its tabs), each with its relationship id and whether it
    // is hidden; and the date system.
    private static WorkbookPart ReadWorkbookPart(ZipArchive package, string workbookPart)
    {
        var sheets = new List<Sheet>();
        var date1904 = false;
        using var reader = SpreadsheetMl.Read(package, workbookPart) ?? throw new InvalidDataException($"the part {workbookPart} is missing");
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                var state = reader.GetAttribute("state");
                sheets.Add(new Sheet(reader.GetAttribute("name") ?? "", RelationshipId(reader), state is "hidden" or "veryHidden"));
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "workbookPr" && reader.Depth == 1)
            {
                // The workbook's own, not the x15:workbookPr that Excel 2013 and later add in an extension list.
                date1904 = reader.GetAttribute("date1904") is "1" or "true";
            }
        }

        return new WorkbookPart(sheets, date1904);
    }

    // Why a file that is not a zip package cannot be read, when its first bytes tell: an OLE compound file is what
    // Excel writes for a workbook with a password to open (the encrypted package inside one) and for an Excel
    // 97-2003 .xls; "File contains corrupted data" would send the user looking for damage that is not there.
    private static string? NotAZipReason(Stream stream)
    {
        try
        {
            if (!stream.CanSeek || stream.Length < CompoundFileSignature.Length)
            {
                return null;
            }

            stream.Position = 0;
            Span<byte> start = stackalloc byte[CompoundFileSignature.Length];
            stream.ReadExactly(start);
            if (!start.SequenceEqual(CompoundFileSignature))
            {
                return null;
            }

            return ContainsStreamName(stream, "EncryptionInfo")
                ? "it is protected with a password; open it in Excel, remove the password (File › Info › Protect Workbook) and save it again"
                : "it is an Excel 97-2003 workbook (.xls) with an .xlsx name; open it in Excel and save it as an Excel Workbook (.xlsx)";
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or NotSupportedException)
        {
            return null; // The caller still has the zip library's reason.
        }
    }

    private static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // Whether the compound file's directory names a stream: names are UTF-16LE in its directory entries, which may be
    // anywhere in the file, so the whole file is searched, a chunk at a time (this only runs for a file we refuse).
    private static bool ContainsStreamName(Stream stream, string name)
    {
        var pattern = System.Text.Encoding.Unicode.GetBytes(name);
        var buffer = new byte[1 << 20];
        var kept = 0;
        stream.Position = 0;
        int read;
        while ((read = stream.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var filled = kept + read;
            if (buffer.AsSpan(0, filled).IndexOf(pattern) >= 0)
            {
                return true;
            }

            // The end of this chunk may hold the start of the name: it moves to the front of the next.
            kept = Math.Min(pattern.Length - 1, filled);
            buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
        }

        return false;
    }

    private sealed record Sheet(string Name, string? Id, bool Hidden);

    private sealed record WorkbookPart(List<Sheet> Sheets, bool Date1904);

    // The r:id attribute, whatever prefix the relationships namespace has.
    private static string? RelationshipId(XmlReader reader)
    {
        for (var moved = reader.MoveToFirstAttribute(); moved; moved = reader.MoveToNextAttribute())
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
            {
                var id = reader.Value;
                reader.MoveToElement();
                return id;
            }
        }

        reader.MoveToElement();
        return null;
    }
}
