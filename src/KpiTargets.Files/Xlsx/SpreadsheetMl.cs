using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace KpiTargets.Files.Xlsx;

/// <summary>
/// The few names of the Office Open XML package format (ECMA-376) that a one-sheet workbook needs, and the safe way to
/// read its XML parts. Parts are matched by local name, so a workbook saved as "Strict Open XML" reads too.
/// </summary>
internal static class SpreadsheetMl
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    public const string OfficeDocumentType = Relationships + "/officeDocument";
    public const string WorksheetType = Relationships + "/worksheet";
    public const string StylesType = Relationships + "/styles";

    /// <summary>Excel's column count, A to XFD.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>
    /// The most a workbook's parts may inflate to, all together: 1 GiB, nine million rows of results. A zip file of a
    /// megabyte can inflate to gigabytes; past this it is refused.
    /// </summary>
    public const long MaxInflatedBytes = 1L << 30;

    /// <summary>The most text a cell may hold, as a CSV record may: 1 Mi characters.</summary>
    public const int MaxCellChars = 1 << 20;

    // What each package has inflated so far, across all of its parts.
    private static readonly ConditionalWeakTable<ZipArchive, InflationBudget> Budgets = [];

    // No DTDs: an XML part with one is either broken or an entity-expansion attack.
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = true,
    };

    /// <summary>
    /// Opens a part of the package for reading; <see langword="null"/> when there is no such part. Reading past
    /// <see cref="MaxInflatedBytes"/> for the whole package throws <see cref="InvalidDataException"/>.
    /// </summary>
    public static XmlReader? Read(ZipArchive package, string partName) =>
        Entry(package, partName) is { } entry
            ? XmlReader.Create(new InflationBudget.Stream(entry.Open(), Budgets.GetValue(package, _ => new InflationBudget())), ReaderSettings)
            : null;

    /// <summary>
    /// The text content of the element the reader is on (<c>v</c>, <c>t</c>), read a chunk at a time so that a cell of
    /// gigabytes is refused at <see cref="MaxCellChars"/> rather than held; leaves the reader after the element.
    /// </summary>
    public static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var text = new StringBuilder();
        var chunk = new char[4096];
        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    text.Append(chunk, 0, read);
                    if (text.Length > MaxCellChars)
                    {
                        throw new InvalidDataException($"a cell holds more than {MaxCellChars >> 20} Mi characters of text");
                    }
                }
            }

            if (!reader.Read())
            {
                break;
            }
        }

        // On the element's end tag: step past it, as ReadElementContentAsString does.
        reader.Read();
        return text.ToString();
    }

    /// <summary>
    /// The zip entry of a part; <see langword="null"/> when there is none. Part names are case-insensitive in the
    /// package format (ECMA-376 part 2), so <c>xl/WorkBook.xml</c> is <c>xl/workbook.xml</c>; and some writers store
    /// <c>xl\workbook.xml</c>, with the Windows separator, which other readers accept as well.
    /// </summary>
    public static ZipArchiveEntry? Entry(ZipArchive package, string partName)
    {
        if (package.GetEntry(partName) is { } exact)
        {
            return exact;
        }

        // Only reached for such packages; a well-formed one is served by the exact lookup above.
        foreach (var entry in package.Entries)
        {
            var name = entry.FullName.Replace('\\', '/').TrimStart('/');
            if (string.Equals(name, partName, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// The relationships of a part (<c>xl/workbook.xml</c> → <c>xl/_rels/workbook.xml.rels</c>), as Id → (type, part
    /// name of the target); an empty map when the part has none.
    /// </summary>
    public static Dictionary<string, (string Type, string Target)> RelationshipsOf(ZipArchive package, string partName)
    {
        var folder = partName.Contains('/', StringComparison.Ordinal) ? partName[..(partName.LastIndexOf('/') + 1)] : "";
        var relationships = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var reader = Read(package, $"{folder}_rels/{partName[folder.Length..]}.rels");
        while (reader?.Read() == true)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target
                && reader.GetAttribute("TargetMode") != "External")
            {
                relationships[id] = (reader.GetAttribute("Type") ?? "", Resolve(folder, target));
            }
        }

        return relationships;
    }

    /// <summary>A relationship type's last segment, the same in transitional and strict workbooks ("worksheet").</summary>
    public static string Kind(string relationshipType) => relationshipType[(relationshipType.LastIndexOf('/') + 1)..];

    // A target is relative to the folder of the part that points to it, or absolute from the package root.
    private static string Resolve(string folder, string target)
    {
        var segments = new List<string>();
        foreach (var segment in (target.StartsWith('/') ? target[1..] : folder + target).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("" or "."))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
