using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace KpiTargets.Files.Xlsx;

/// <summary>Turns a worksheet cell into the text the results reader expects, whatever way Excel stored it.</summary>
internal sealed partial class XlsxCellText
{
    private readonly string[] _sharedStrings;
    private readonly NumberKind[] _styles;
    private readonly bool _date1904;

    public XlsxCellText(ZipArchive package, string? sharedStringsPart, string? stylesPart, bool date1904 = false)
    {
        _sharedStrings = sharedStringsPart is null ? [] : SharedStrings(package, sharedStringsPart);
        _styles = stylesPart is null ? [] : CellFormatKinds(package, stylesPart);
        _date1904 = date1904;
    }

    /// <summary>How a cell format shows a number: what decides the text a numeric cell reads as.</summary>
    private enum NumberKind : byte
    {
        Plain,
        Percent,
        Date,
        Time,
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
            case "d":
                return IsoDate(value, KindOf(style));
            case null or "n":
                return KindOf(style) switch
                {
                    NumberKind.Percent => Number(value, isPercent: true),
                    NumberKind.Date or NumberKind.Time when SerialDate(value, KindOf(style)) is { } date => date,
                    _ => Number(value, isPercent: false),
                };
            default:
                return value;
        }
    }

    private NumberKind KindOf(string? style) =>
        int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _styles.Length ? _styles[index] : NumberKind.Plain;

    // A number shown as a date reads as the date the analyst sees, in ISO 8601: "2023-12-31" is then reported as a
    // result that is not a number, where its serial 45291 would pass as a number nobody typed. Serials count days
    // from 1900 (or 1904, the old Mac system), and Excel's 1900 calendar has a 29 February 1900 that never was.
    private string? SerialDate(string raw, NumberKind kind)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || !double.IsFinite(serial)
            || serial < 0 || serial >= (_date1904 ? 2957004 : 2958466))
        {
            return null; // Not a date Excel can show (it shows ####): the number, for the results check to report.
        }

        // Whole seconds, as Excel shows them: 11:00 is stored as 0.45833333333333331.
        var seconds = (long)Math.Round(serial * 86_400, MidpointRounding.AwayFromZero);
        var (days, timeOfDay) = (seconds / 86_400, TimeSpan.FromSeconds(seconds % 86_400));
        if (days > (_date1904 ? 2957003 : 2958465))
        {
            return null; // 23:59:59.9 on 31 December 9999 rounds past the last day there is.
        }

        string day;
        if (_date1904)
        {
            day = Day(new DateTime(1904, 1, 1).AddDays(days));
        }
        else if (days == 60)
        {
            day = "1900-02-29";
        }
        else
        {
            day = Day(new DateTime(1899, 12, days < 60 ? 31 : 30).AddDays(days));
        }

        return Formatted(day, timeOfDay, kind);
    }

    // A t="d" cell holds an ISO 8601 date (Strict workbooks, some writers); it reads the way a date serial does.
    private static string IsoDate(string raw, NumberKind kind)
    {
        // .NET parses at most 7 decimals of a second; Excel writes up to 17, beyond what it can show. The clock time
        // is taken as written, whatever the machine's time zone (Excel writes no offset; another writer might).
        var text = FractionBeyondTicks().Replace(raw.Trim(), "$1");
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var written))
        {
            return raw;
        }

        var seconds = (long)Math.Round(written.DateTime.Ticks / (double)TimeSpan.TicksPerSecond, MidpointRounding.AwayFromZero);
        var moment = new DateTime(Math.Min(seconds * TimeSpan.TicksPerSecond, DateTime.MaxValue.Ticks));
        return Formatted(Day(moment.Date), moment.TimeOfDay, kind);
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A time format shows the time of day alone; a date format the day, and its time when it has one.
    private static string Formatted(string day, TimeSpan timeOfDay, NumberKind kind)
    {
        var time = timeOfDay.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
        return kind == NumberKind.Time ? time : timeOfDay == TimeSpan.Zero ? day : $"{day} {time}";
    }

    [GeneratedRegex(@"(\.\d{7})\d+")]
    private static partial Regex FractionBeyondTicks();

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
                text.Append(SpreadsheetMl.ReadText(reader));
            }
            else if (!reader.Read())
            {
                break;
            }
        }

        return text.ToString();
    }

    // Excel stores doubles and shows them with 15 significant digits: 45.15 may be stored as "45.149999999999999", and
    // 50 computed as "49.999999999999993"; read as Excel shows them, they are 45.15 and 50, as the analyst sees them. A
    // cell formatted as a percentage holds 0.455 for 45.5 %, and results are in percent.
    private static string Number(string raw, bool isPercent)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return raw;
        }

        var shortest = number.ToString("G15", CultureInfo.InvariantCulture);
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

    // The shared strings are held for the whole read; their text is capped so that a workbook of a few megabytes
    // cannot make them gigabytes.
    private const long MaxSharedChars = 128L << 20;

    private static string[] SharedStrings(ZipArchive package, string part)
    {
        var strings = new List<string>();
        var chars = 0L;
        using var reader = SpreadsheetMl.Read(package, part) ?? throw new InvalidDataException($"the part {part} is missing");
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                var text = Unescaped(StringItem(reader));
                chars += text.Length;
                if (chars > MaxSharedChars)
                {
                    throw new InvalidDataException($"its shared strings hold more than {MaxSharedChars >> 20} Mi characters of text");
                }

                strings.Add(text);
            }
        }

        return [.. strings];
    }

    // What each cell format (cellXfs, not the cell style formats, by index) does to a number: its number format is a
    // built-in one (by id) or a custom one (numFmt, which may also redefine a built-in id); see KindOfCode.
    private static NumberKind[] CellFormatKinds(ZipArchive package, string part)
    {
        var formats = new Dictionary<string, NumberKind>(StringComparer.Ordinal);
        var styles = new List<NumberKind>();
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
                case "numFmt" when reader.GetAttribute("numFmtId") is { } id:
                    formats[id] = KindOfCode(reader.GetAttribute("formatCode") ?? "");
                    break;
                case "cellXfs":
                    inCellFormats = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellFormats:
                    var format = reader.GetAttribute("numFmtId") ?? "0";
                    styles.Add(formats.TryGetValue(format, out var kind) ? kind : BuiltInKind(format));
                    break;
            }
        }

        return [.. styles];
    }

    // The built-in formats (ECMA-376 part 1, 18.8.30): 9 and 10 are 0% and 0.00%; 14 to 22 dates and times (18 to 21
    // times alone); 45 and 47 times (mm:ss); 27 to 36 and 50 to 58 the East Asian dates. 46 is [h]:mm:ss, a duration,
    // which reads as its number, as every elapsed-time format does.
    private static NumberKind BuiltInKind(string id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number switch
        {
            9 or 10 => NumberKind.Percent,
            (>= 18 and <= 21) or 45 or 47 => NumberKind.Time,
            (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 50 and <= 58) => NumberKind.Date,
            _ => NumberKind.Plain,
        } : NumberKind.Plain;

    // A custom format code: literal text ("days", \d), padding (_x), fill (*x) and bracketed parts ([Red], [$€-407],
    // [>=100]) say nothing of the kind; a % left over makes a percentage; y, d or m a date, h or s alone a time; an
    // elapsed-time part ([h], [mm], [ss]) a duration, read as its number.
    private static NumberKind KindOfCode(string code)
    {
        if (ElapsedTime().IsMatch(code))
        {
            return NumberKind.Plain;
        }

        var bare = FormatLiterals().Replace(code, "").ToLowerInvariant();
        if (bare.Contains('%', StringComparison.Ordinal))
        {
            return NumberKind.Percent;
        }

        if (bare.AsSpan().IndexOfAny('y', 'd', 'm') >= 0)
        {
            // m next to h or s is minutes (h:mm, mm:ss), not a month.
            return bare.Contains('y', StringComparison.Ordinal) || bare.Contains('d', StringComparison.Ordinal)
                || (!bare.Contains('h', StringComparison.Ordinal) && !bare.Contains('s', StringComparison.Ordinal))
                ? NumberKind.Date
                : NumberKind.Time;
        }

        return bare.AsSpan().IndexOfAny('h', 's') >= 0 ? NumberKind.Time : NumberKind.Plain;
    }

    [GeneratedRegex(@"\[(h+|m+|s+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex ElapsedTime();

    // Quoted text, an escaped character, padding and fill, and bracketed parts; "General" names no date part.
    [GeneratedRegex(@"""[^""]*""|\\.|_.|\*.|\[[^\]]*\]|general", RegexOptions.IgnoreCase)]
    private static partial Regex FormatLiterals();
}
