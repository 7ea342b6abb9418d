using System.IO.Compression;
using System.Xml;
using KpiTargets.Cli.Tables;

namespace KpiTargets.Cli.Xlsx;

/// <summary>
/// An opened <c>.xlsx</c> package with one worksheet chosen: the worksheet's part name, and how its cells become text
/// (<see cref="XlsxCellText"/>, which holds the shared strings and the percentage styles).
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private XlsxWorkbook(ZipArchive package, string worksheetPart, XlsxCellText cells)
    {
        Package = package;
        WorksheetPart = worksheetPart;
        Cells = cells;
    }

    public ZipArchive Package { get; }

    public string WorksheetPart { get; }

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
            stream.Dispose();
            failure = messages.NotAWorkbook("File contains corrupted data.");
            return null;
        }

        try
        {
            var workbookPart = SpreadsheetMl.RelationshipsOf(package, "").Values
                .FirstOrDefault(relationship => SpreadsheetMl.Kind(relationship.Type) == "officeDocument").Target;
            List<(string Name, string? Id)> sheets = workbookPart is null ? [] : Sheets(package, workbookPart);
            var sheet = options.Sheet is null
                ? sheets.FirstOrDefault()
                : sheets.FirstOrDefault(s => string.Equals(s.Name, options.Sheet, StringComparison.OrdinalIgnoreCase));
            Dictionary<string, (string Type, string Target)> relationships = workbookPart is null ? [] : SpreadsheetMl.RelationshipsOf(package, workbookPart);
            if (sheet.Id is null || !relationships.TryGetValue(sheet.Id, out var target)
                || SpreadsheetMl.Kind(target.Type) != "worksheet" || package.GetEntry(target.Target) is null)
            {
                failure = options.Sheet is null
                    ? messages.NotAWorkbook("it has no worksheet")
                    : messages.SheetNotFound(options.Sheet, string.Join(", ", sheets.Select(s => s.Name)));
                package.Dispose();
                return null;
            }

            string? PartOf(string kind) => relationships.Values.FirstOrDefault(r => SpreadsheetMl.Kind(r.Type) == kind).Target;
            var cells = new XlsxCellText(package, PartOf("sharedStrings"), PartOf("styles"));
            failure = null;
            return new XlsxWorkbook(package, target.Target, cells);
        }
        catch (Exception exception) when (XlsxRecords.IsBadContent(exception))
        {
            package.Dispose();
            failure = messages.NotAWorkbook(exception.Message);
            return null;
        }
    }

    public void Dispose() => Package.Dispose();

    // The workbook's sheets in workbook order (the order of its tabs), each with its relationship id.
    private static List<(string Name, string? Id)> Sheets(ZipArchive package, string workbookPart)
    {
        var sheets = new List<(string, string?)>();
        using var reader = SpreadsheetMl.Read(package, workbookPart) ?? throw new InvalidDataException($"the part {workbookPart} is missing");
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                sheets.Add((reader.GetAttribute("name") ?? "", RelationshipId(reader)));
            }
        }

        return sheets;
    }

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
