using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace KpiTargets.Cli.Xlsx;

/// <summary>Turns a worksheet cell into the text the results reader expects, whatever way Excel stored it.</summary>
internal sealed partial class XlsxCellText
{
    private readonly string[] _sharedStrings;
    private readonly HashSet<int> _percentStyles;

    public XlsxCellText(ZipArchive package, string? sharedStringsPart, string? stylesPart)
    {
        _sharedStrings = sharedStringsPart is null ? [] : SharedStrings(package, sharedStringsPart);
        _percentStyles = stylesPart is null ? [] : PercentStyles(package, stylesPart);
    }

    /// <summary>The text of a cell.</summary>
    /// <param name="type">Its <c>t</c> attribute: s, inlineStr, str, b, n, e, d, or none (a number).</param>
    /// <param name="style">Its <c>s</c> attribute, the index of its cell format.</param>
    /// <param name="value">The text of its <c>v</c> element.</param>
    /// <param name="inline">The text of its <c>is</c> element, for an inline string.</param>
    public string Of(string? type, string? style, string value, string? inline)
    {
        if (type == "inlineStr")
        {
            return Unescaped(inline ?? value);
        }

        // A cell with no value is empty whatever its type: Google Sheets and LibreOffice write <c s="1"/> for a
        // formatted blank, and some writers <c t="s"/>, which Excel, openpyxl and ExcelDataReader read as blank too.
        if (value.Length == 0)
        {
            return "";
        }

        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var index)
                    && index >= 0 && index < _sharedStrings.Length
                    ? _sharedStrings[index]
                    : throw new InvalidDataException($"the shared string {value} does not exist");
            case "str":
                return Unescaped(value); // A formula's text result, cached.
            case "b":
                return value == "1" ? "TRUE" : "FALSE";
            case "e":
                // What Excel shows (#DIV/0!, #N/A, #VALUE!): the results check reports it as a result that is not a
                // number, on its row, which is where the analyst has to look.
                return value;
            case null or "n":
                var isPercent = int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var styleIndex) && _percentStyles.Contains(styleIndex);
                return Number(value, isPercent);
            default:
                return value;
        }
    }

    /// <summary>
    /// The text of a string item (<c>si</c>) or an inline string (<c>is</c>), the reader on its start: its own
    /// <c>t</c>, or the <c>t</c> of each rich-text run; phonetic guides (<c>rPh</c>) are not part of the text.
    /// </summary>
    public static string StringItem(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var text = new StringBuilder();
        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            // Both calls leave the reader on the node after the element, so the loop must not read again.
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                text.Append(reader.ReadElementContentAsString());
            }
            else if (!reader.Read())
            {
                break;
            }
        }

        return text.ToString();
    }

    // Excel stores doubles: 45.15 may be "45.149999999999999". The shortest round-trip form gives back 45.15; a
    // cell formatted as a percentage holds 0.455 for 45.5 %, and results are in percent.
    private static string Number(string raw, bool isPercent)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return raw;
        }

        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        if (!decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return raw;
        }

        if (isPercent && Math.Abs(value) > decimal.MaxValue / 100m)
        {
            return raw; // Too large to be a percentage; the results reader reports it as out of bounds.
        }

        return DecimalText.Shortest(isPercent ? value * 100m : value);
    }

    // Excel writes characters XML cannot hold (U+000B from a pasted Word text, say) as _xHHHH_, and a literal
    // "_xHHHH_" as _x005F_xHHHH_; it reads them back the same way, and so do we.
    private static string Unescaped(string text) =>
        text.Contains("_x", StringComparison.Ordinal) ? EscapedCharacter().Replace(text, Unescaped) : text;

    // A surrogate half alone is not text (NFC would throw), so "_xD800_" stays as written.
    private static string Unescaped(Match escape)
    {
        var c = (char)int.Parse(escape.ValueSpan[2..6], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return char.IsSurrogate(c) ? escape.Value : c.ToString();
    }

    [GeneratedRegex("_x[0-9A-Fa-f]{4}_")]
    private static partial Regex EscapedCharacter();

    private static string[] SharedStrings(ZipArchive package, string part)
    {
        var strings = new List<string>();
        using var reader = SpreadsheetMl.Read(package, part) ?? throw new InvalidDataException($"the part {part} is missing");
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(Unescaped(StringItem(reader)));
            }
        }

        return [.. strings];
    }

    // Built-in formats 9 (0%) and 10 (0.00%), and custom formats with a % outside quotes; then the cell formats
    // (cellXfs, not the cell style formats) that use one, by index.
    private static HashSet<int> PercentStyles(ZipArchive package, string part)
    {
        var percentFormats = new HashSet<string>(StringComparer.Ordinal) { "9", "10" };
        var styles = new HashSet<int>();
        var cellFormat = -1;
        var inCellFormats = false;
        using var reader = SpreadsheetMl.Read(package, part) ?? throw new InvalidDataException($"the part {part} is missing");
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellFormats = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt":
                    var code = reader.GetAttribute("formatCode") ?? "";
                    var unquoted = string.Concat(code.Split('"').Where((_, i) => i % 2 == 0));
                    if (unquoted.Contains('%', StringComparison.Ordinal) && reader.GetAttribute("numFmtId") is { } id)
                    {
                        percentFormats.Add(id);
                    }

                    break;
                case "cellXfs":
                    inCellFormats = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellFormats:
                    cellFormat++;
                    if (reader.GetAttribute("numFmtId") is { } format && percentFormats.Contains(format))
                    {
                        styles.Add(cellFormat);
                    }

                    break;
            }
        }

        return styles;
    }
}
