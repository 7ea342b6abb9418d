using System.Globalization;
using System.Text;
using CsCheck;

namespace KpiTargets.Cli.Tests;

/// <summary>A results file and the options of one <c>assign</c> run over it.</summary>
/// <param name="Bytes">The file, byte for byte.</param>
/// <param name="Layout">The <c>--output-layout</c>: <c>long</c> or <c>canonical</c>.</param>
/// <param name="Language">The <c>--lang</c>: <c>en</c> or <c>vi</c>.</param>
/// <param name="GuardFormulas">Whether the formula guard stays on (no <c>--no-formula-guard</c>).</param>
/// <param name="Delimiter">The <c>--delimiter</c> given, or <see langword="null"/> to detect it.</param>
/// <param name="LongInput">Whether <c>--layout long</c> is given rather than detected.</param>
/// <param name="Policy">Which of <see cref="Policies"/> the rule follows.</param>
internal sealed record ResultsFileCase(byte[] Bytes, string Layout, string Language, bool GuardFormulas, char? Delimiter, bool LongInput = false, int Policy = 0)
{
    /// <summary>Choices of the rule, as options and as the policy <c>assign</c> makes of them.</summary>
    public static readonly (string[] Options, AssignmentPolicy Policy)[] Policies =
    [
        ([], AssignmentPolicy.Default),
        (["--uplift-mode", "points"], AssignmentPolicy.Default with { Mode = UpliftMode.Points }),
        (["--decimals", "0", "--rounding", "to-even"], AssignmentPolicy.Default with { Decimals = 0, Rounding = MidpointRounding.ToEven }),
        (["--no-cap", "--uplift", "25"], AssignmentPolicy.Default with { CapAtMaximum = false, Uplift = 25m }),
    ];

    /// <summary>The options after <c>assign INPUT</c>.</summary>
    public string[] Options =>
    [
        "--output-layout", Layout, "--lang", Language,
        .. GuardFormulas ? Array.Empty<string>() : ["--no-formula-guard"],
        .. Delimiter is { } delimiter ? ["--delimiter", delimiter == '\t' ? "tab" : delimiter.ToString()] : Array.Empty<string>(),
        .. LongInput ? ["--layout", "long"] : Array.Empty<string>(),
        .. Policies[Policy].Options,
    ];

    /// <summary>The options and the bytes as one escaped line, so a failure shows its input exactly.</summary>
    public override string ToString() => $"{string.Join(' ', Options)} \"{Escape(Bytes)}\"";

    /// <summary>
    /// The bytes as text with every byte that is not printable ASCII made visible: <c>\n</c>, <c>\r</c>, <c>\t</c>,
    /// <c>\0</c>, <c>\uXXXX</c> for other characters (NFC and NFD differ), <c>\xNN</c> for bytes that are not UTF-8.
    /// </summary>
    public static string Escape(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder();
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                text.Append(CultureInfo.InvariantCulture, $"\\x{bytes[0]:X2}");
                bytes = bytes[1..];
                continue;
            }

            text.Append(rune.Value switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                0 => "\\0",
                '\\' => "\\\\",
                '"' => "\\\"",
                >= 0x20 and < 0x7F => rune.ToString(),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"),
            });
            bytes = bytes[consumed..];
        }

        return text.ToString();
    }
}

/// <summary>
/// Random results files for the differential test of slicing (SlicedAssignTests): mostly valid files, with
/// what real files hold now and then (Vietnamese names in NFC and NFD, quoting, spaces, formula characters, CRLF, a
/// BOM, Excel's <c>sep=</c> line, blank rows, unusual results and codes, duplicates near and far, an office sheet's
/// title rows, a row of column numbers below the header and a signature block below the data) and what broken files
/// hold (NUL bytes, invalid UTF-8, lone carriage returns, stray quotes, wrong field counts, line breaks in quotes).
/// </summary>
internal static class ResultsFileGen
{
    // Thirteen units, a prime, so that a start and a step pick distinct units.
    private static readonly string[] Units =
    [
        "UBND xã Bình Sơn", "UBND xã Bình Thuận", "Phòng Tư pháp", "Văn phòng HĐND và UBND huyện", "Thị trấn Châu Ổ",
        "Phòng Tài chính, Kế hoạch", "Ban \"Quản lý\" dự án", "Trung tâm Y tế", "=HYPERLINK(\"x\")", "+84 Bưu điện",
        "-Phòng Nội vụ", "@Phòng Kinh tế", "Hội đồng; Ban\tthi đua",
    ];

    private static readonly string[] Codes = ["1", "2", "3", "4", "5", "6", "7", "8", "9.1", "9.2"];

    private static readonly string[] UnitTitles = ["unit", "Unit", " UNIT ", "Đơn vị", "Tên đơn vị", "Cơ quan, đơn vị", "Đơn vị".Normalize(NormalizationForm.FormD), "unit\n"];

    private static readonly string[] IndicatorTitles = ["indicator", "Mã chỉ tiêu", "Chỉ tiêu", "indicator code", "Mã CT"];

    private static readonly string[] ResultTitles = ["result_2023", "Kết quả 2023", "result 2023", "KQ 2023", "Kết quả năm 2023"];

    private static readonly string[] ExtraTitles = ["note", "Ghi chú", ""];

    private static readonly int[] ColumnOrder = [0, 1, 2, 3, 4];

    /// <summary>How a unit's name is typed in one row; most spellings are the same unit to the full reader.</summary>
    public enum Spelling
    {
        Nfc,
        Nfd,
        LeadingSpace,
        TrailingSpaces,
        TrailingNoBreakSpace,
        ByteOrderMark,
        Apostrophe,
        LineBreak,
        CrLfBreak,
    }

    /// <summary>How an indicator code is typed in one row.</summary>
    public enum CodeSpelling
    {
        Exact,
        LeadingSpace,
        TrailingSpace,
        Prefixed,
        Unknown,
        Heading,
        Empty,
    }

    /// <summary>What an anomaly does to the data rows.</summary>
    public enum AnomalyKind
    {
        BlankLine,
        DuplicateAdjacent,
        DuplicateFar,
        Nul,
        NulAfterLine,
        InvalidUtf8,
        LoneCarriageReturn,
        StrayQuote,
        ExtraField,
        MissingField,
    }

    /// <summary>How unusual a file's rows are.</summary>
    public enum Oddity
    {
        /// <summary>Everyday rows: names in NFC or NFD, with spaces, quotes, commas, formula characters; plain and Excel-style results.</summary>
        Plain,

        /// <summary>Now and then a row spelled unusually but valid: an apostrophe, a code with a space, a dash that is not ASCII.</summary>
        Unusual,

        /// <summary>Now and then a row with a problem: a result out of bounds or not a number, an unknown, heading or empty code.</summary>
        Broken,
    }

    private static readonly Gen<Spelling> PlainSpellings = Gen.Frequency(
        (12, Gen.Const(Spelling.Nfc)),
        (4, Gen.Const(Spelling.Nfd)),
        (1, Gen.Const(Spelling.LeadingSpace)),
        (1, Gen.Const(Spelling.TrailingSpaces)),
        (1, Gen.Const(Spelling.TrailingNoBreakSpace)),
        (1, Gen.Const(Spelling.ByteOrderMark)));

    private static readonly Gen<Spelling> UnusualSpellings = Gen.Frequency(
        (3, Gen.Const(Spelling.Apostrophe)),
        (1, Gen.Const(Spelling.LineBreak)),
        (1, Gen.Const(Spelling.CrLfBreak)));

    private static readonly Gen<CodeSpelling> UnusualCodes = Gen.OneOf(CodeSpelling.LeadingSpace, CodeSpelling.TrailingSpace, CodeSpelling.Prefixed);

    private static readonly Gen<CodeSpelling> BrokenCodes = Gen.OneOf(CodeSpelling.Unknown, CodeSpelling.Heading, CodeSpelling.Empty);

    private static readonly Gen<string> PlainResults = Gen.Frequency(
        (30, Gen.Int[0, 100].Select(Invariant)),
        (15, Gen.Select(Gen.Int[0, 99], Gen.Int[0, 9], (whole, tenths) => Invariant(whole) + "." + Invariant(tenths))),
        (15, Gen.Select(Gen.Int[0, 99], Gen.Int[0, 99], (whole, hundredths) => Invariant(whole) + "." + Invariant(hundredths).PadLeft(2, '0'))),
        (10, Gen.Const("")),
        (4, Gen.OneOf("N/A", "n/a", "NA", "-", " - ", " ")),
        (6, Gen.OneOf("45,5", " 7 ", "45 %", "45%", "+5", "-0", "05", ".5", "5.", "100", "0", "0.00", "99.99", "	8	")));

    private static readonly Gen<string> UnusualResults = Gen.OneOf("—", "–", "45\u00a0%", "'+5", "'-0", "\u00a045");

    private static readonly Gen<string> BrokenResults = Gen.OneOf(
        "150", "-1", "100.5", "1000000000000000000000", "abc", "1e2", "4,5.5", ".", "45..5", "'45", "٤٥", "45 %%", "0x10");

    private static readonly Gen<string> Extras = Gen.Frequency(
        (10, Gen.Const("")),
        (3, Gen.OneOf("ghi chú", "a,b", "=1+1", "x\"y", " ", "Ổ")));

    /// <summary>One row's choices; a row uses them for the code it is given.</summary>
    private sealed record RowChoice(string Result, CodeSpelling Code, Spelling? Respelling, bool Quoted, string Extra);

    // In an unusual or broken file, about one row in fifteen is so in each of its parts.
    private static Gen<T> NowAndThen<T>(Gen<T> usual, Gen<T> odd) => Gen.Frequency((14, usual), (1, odd));

    private static Gen<RowChoice> RowChoicesOf(Oddity oddity) =>
        from result in oddity switch
        {
            Oddity.Plain => PlainResults,
            Oddity.Unusual => NowAndThen(PlainResults, UnusualResults),
            _ => NowAndThen(PlainResults, Gen.OneOf(UnusualResults, BrokenResults)),
        }
        from code in oddity switch
        {
            Oddity.Plain => Gen.Const(CodeSpelling.Exact),
            Oddity.Unusual => NowAndThen(Gen.Const(CodeSpelling.Exact), UnusualCodes),
            _ => NowAndThen(Gen.Const(CodeSpelling.Exact), Gen.OneOf(UnusualCodes, BrokenCodes)),
        }
        from respell in Gen.Frequency((9, Gen.Const(false)), (1, Gen.Const(true)))
        from respelling in oddity == Oddity.Plain ? PlainSpellings : NowAndThen(PlainSpellings, UnusualSpellings)
        from quoted in Gen.Frequency((9, Gen.Const(false)), (1, Gen.Const(true)))
        from extra in Extras
        select new RowChoice(result, code, respell ? respelling : null, quoted, extra);

    /// <summary>A unit's rows: the indicators it has (bit i for the i-th code), how its name is usually typed, each row's choices.</summary>
    private sealed record UnitRows(int Indicators, Spelling Spelling, RowChoice[] Choices);

    /// <summary>The data rows before anomalies: distinct units, each with its indicators in catalog order; moves split runs.</summary>
    private sealed record RowsPlan(int Start, int Step, UnitRows[] Units, int[] Moves);

    private static Gen<RowsPlan> RowsPlansOf(Oddity oddity)
    {
        var unitRows =
            from indicators in Gen.Frequency((2, Gen.Const((1 << Codes.Length) - 1)), (3, Gen.Int[1, (1 << Codes.Length) - 1]))
            from spelling in oddity == Oddity.Plain ? PlainSpellings : NowAndThen(PlainSpellings, UnusualSpellings)
            from choices in RowChoicesOf(oddity).Array[Codes.Length]
            select new UnitRows(indicators, spelling, choices);
        return
            from count in Gen.Frequency((1, Gen.Const(0)), (12, Gen.Int[1, 6]))
            from start in Gen.Int[0, Units.Length - 1]
            from step in Gen.Int[1, Units.Length - 1]
            from units in unitRows.Array[count]
            from moves in Gen.Frequency((4, Gen.Int[0, 1000].Array[0]), (1, Gen.Int[0, 1000].Array[2, 4]))
            select new RowsPlan(start, step, units, moves);
    }

    private static readonly Gen<RowsPlan>[] RowsPlans = [RowsPlansOf(Oddity.Plain), RowsPlansOf(Oddity.Unusual), RowsPlansOf(Oddity.Broken)];

    /// <summary>Something done to the data rows at a place (taken modulo their count), with a number to vary it.</summary>
    private sealed record Anomaly(AnomalyKind Kind, int Place, int Variant, Spelling Spelling);

    private static readonly Gen<Anomaly> Anomalies =
        from kind in Gen.Frequency(
            (6, Gen.Const(AnomalyKind.BlankLine)),
            (2, Gen.Const(AnomalyKind.DuplicateAdjacent)),
            (2, Gen.Const(AnomalyKind.DuplicateFar)),
            (1, Gen.Const(AnomalyKind.Nul)),
            (1, Gen.Const(AnomalyKind.NulAfterLine)),
            (1, Gen.Const(AnomalyKind.InvalidUtf8)),
            (1, Gen.Const(AnomalyKind.LoneCarriageReturn)),
            (1, Gen.Const(AnomalyKind.StrayQuote)),
            (1, Gen.Const(AnomalyKind.ExtraField)),
            (1, Gen.Const(AnomalyKind.MissingField)))
        from place in Gen.Int[0, 1000]
        from variant in Gen.Int[0, 1000]
        from spelling in Gen.Frequency((6, PlainSpellings), (1, UnusualSpellings))
        select new Anomaly(kind, place, variant, spelling);

    /// <summary>How the file around the rows looks.</summary>
    private sealed record FileShape(
        char Separator,
        int[] Order,
        int UnitTitle,
        int IndicatorTitle,
        int ResultTitle,
        int[] ExtraTitles,
        bool Bom,
        bool SepLine,
        int BlankLinesBeforeHeader,
        bool CrLf,
        int MixedLineEnds,
        bool FinalLineEnd,
        int TrailingBlankLines,
        int TitleRows,
        bool ColumnNumbers,
        int FooterRows);

    // What an office sheet has above its header and below its data (OfficeSheetTests reads them through the CLI).
    private static readonly string[] TitleTexts = ["ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN", "BẢNG TỔNG HỢP KẾT QUẢ NĂM 2023", "(Kèm theo Kế hoạch năm 2024)"];

    private static readonly string[] FooterTexts = ["Bình Sơn, ngày 15 tháng 01 năm 2024", "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"];

    private static readonly Gen<FileShape> FileShapes =
        from separator in Gen.Frequency((8, Gen.Const(',')), (3, Gen.Const(';')), (1, Gen.Const('\t')), (1, Gen.Const('|')))
        from extras in Gen.Frequency((6, Gen.Const(0)), (2, Gen.Const(1)), (1, Gen.Const(2)))
        from shuffled in Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true)))
        from order in Gen.Shuffle(ColumnOrder)
        from unitTitle in Gen.Frequency((6, Gen.Const(0)), (3, Gen.Int[1, UnitTitles.Length - 1]))
        from indicatorTitle in Gen.Frequency((6, Gen.Const(0)), (3, Gen.Int[1, IndicatorTitles.Length - 1]))
        from resultTitle in Gen.Frequency((6, Gen.Const(0)), (3, Gen.Int[1, ResultTitles.Length - 1]))
        from extraTitles in Gen.Int[0, ExtraTitles.Length - 1].Array[2]
        from bom in Gen.Frequency((5, Gen.Const(false)), (1, Gen.Const(true)))
        from sepLine in Gen.Frequency((4, Gen.Const(false)), (1, Gen.Const(true)))
        from blankBefore in Gen.Frequency((10, Gen.Const(0)), (1, Gen.Int[1, 2]))
        from crLf in Gen.Bool
        from mixed in Gen.Frequency((8, Gen.Const(0)), (1, Gen.Int[1, int.MaxValue]))
        from finalLineEnd in Gen.Frequency((3, Gen.Const(true)), (1, Gen.Const(false)))
        from trailingBlank in Gen.Frequency((8, Gen.Const(0)), (1, Gen.Int[1, 2]))
        from titleRows in Gen.Frequency((6, Gen.Const(0)), (1, Gen.Int[1, TitleTexts.Length]))
        from columnNumbers in Gen.Frequency((8, Gen.Const(false)), (1, Gen.Const(true)))
        from footerRows in Gen.Frequency((5, Gen.Const(0)), (1, Gen.Int[1, FooterTexts.Length]))
        select new FileShape(
            separator,
            shuffled ? [.. order.Where(column => column < 3 + extras)] : [.. ColumnOrder.Take(3 + extras)],
            unitTitle,
            indicatorTitle,
            resultTitle,
            extraTitles,
            bom,
            sepLine,
            blankBefore,
            crLf,
            mixed,
            finalLineEnd,
            trailingBlank,
            titleRows,
            columnNumbers,
            footerRows);

    /// <summary>Files and options, mostly valid, a fair share not.</summary>
    public static Gen<ResultsFileCase> Cases { get; } =
        from shape in FileShapes
        from oddity in Gen.Frequency((6, Gen.Const(Oddity.Plain)), (2, Gen.Const(Oddity.Unusual)), (2, Gen.Const(Oddity.Broken)))
        from rows in RowsPlans[(int)oddity]
        from anomalies in Gen.Frequency((12, Anomalies.Array[0]), (5, Anomalies.Array[1]), (2, Anomalies.Array[2, 3]))
        from layout in Gen.OneOf("long", "canonical")
        from language in Gen.OneOf("en", "vi")
        from guard in Gen.Frequency((4, Gen.Const(true)), (1, Gen.Const(false)))
        from giveDelimiter in Gen.Frequency((6, Gen.Const(false)), (1, Gen.Const(true)))
        from longInput in Gen.Frequency((6, Gen.Const(false)), (1, Gen.Const(true)))
        from policy in Gen.Frequency((6, Gen.Const(0)), (1, Gen.Int[1, ResultsFileCase.Policies.Length - 1]))
        select new ResultsFileCase(
            Build(shape, rows, anomalies),
            layout,
            language,
            guard,
            giveDelimiter && shape.Separator != '|' ? shape.Separator : null,
            longInput,
            policy);

    /// <summary>The name of a unit as typed with <paramref name="spelling"/>.</summary>
    public static string Spell(string name, Spelling spelling) => spelling switch
    {
        Spelling.Nfd => name.Normalize(NormalizationForm.FormD),
        Spelling.LeadingSpace => " " + name,
        Spelling.TrailingSpaces => name + "  ",
        Spelling.TrailingNoBreakSpace => name + "\u00a0",
        Spelling.ByteOrderMark => "\uFEFF" + name,
        Spelling.Apostrophe => "'" + name,
        Spelling.LineBreak => name.Replace(" ", "\n", StringComparison.Ordinal),
        Spelling.CrLfBreak => name.Replace(" ", "\r\n", StringComparison.Ordinal),
        _ => name,
    };

    /// <summary>A field as CSV writes it: quoted when it must be or when <paramref name="quoted"/>, quotes doubled.</summary>
    public static string Field(string text, char separator, bool quoted = false) =>
        quoted || text.AsSpan().IndexOfAny([separator, '"', '\r', '\n']) >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string SpellCode(string code, CodeSpelling spelling) => spelling switch
    {
        CodeSpelling.LeadingSpace => " " + code,
        CodeSpelling.TrailingSpace => code + " ",
        CodeSpelling.Prefixed => "CT" + code,
        CodeSpelling.Unknown => "99",
        CodeSpelling.Heading => "9",
        CodeSpelling.Empty => "",
        _ => code,
    };

    /// <summary>A data row: the unit's name, how this row types it, the code as typed, and the row's other choices.</summary>
    private sealed record Row(string Name, string Unit, string Code, RowChoice Choice);

    private static byte[] Build(FileShape shape, RowsPlan plan, Anomaly[] anomalies)
    {
        var separator = shape.Separator;
        var rows = new List<Row>();
        for (var u = 0; u < plan.Units.Length; u++)
        {
            var unit = plan.Units[u];
            var name = Units[(plan.Start + u * plan.Step) % Units.Length];
            for (var i = 0; i < Codes.Length; i++)
            {
                if ((unit.Indicators & (1 << i)) != 0)
                {
                    var choice = unit.Choices[i];
                    rows.Add(new Row(name, Spell(name, choice.Respelling ?? unit.Spelling), SpellCode(Codes[i], choice.Code), choice));
                }
            }
        }

        // A moved row keeps its pair unique but splits its unit's run in two.
        for (var m = 0; m + 1 < plan.Moves.Length && rows.Count > 1; m += 2)
        {
            var from = plan.Moves[m] % rows.Count;
            var row = rows[from];
            rows.RemoveAt(from);
            rows.Insert(plan.Moves[m + 1] % (rows.Count + 1), row);
        }

        foreach (var anomaly in anomalies.Where(a => a.Kind is AnomalyKind.DuplicateAdjacent or AnomalyKind.DuplicateFar))
        {
            if (rows.Count == 0)
            {
                continue;
            }

            var at = anomaly.Place % rows.Count;
            var copy = rows[at] with { Unit = Spell(rows[at].Name, anomaly.Spelling) };
            rows.Insert(anomaly.Kind == AnomalyKind.DuplicateAdjacent ? at + 1 : (at + rows.Count / 2 + 1) % (rows.Count + 1), copy);
        }

        var width = shape.Order.Length;
        var lines = rows.Select(row => string.Join(separator, shape.Order.Select(column => column switch
        {
            0 => Field(row.Unit, separator, row.Choice.Quoted),
            1 => Field(row.Code, separator, row.Choice.Quoted),
            2 => Field(row.Choice.Result, separator, row.Choice.Quoted),
            _ => Field(row.Choice.Extra, separator, row.Choice.Quoted),
        }))).Select(Encoding.UTF8.GetBytes).ToList();

        foreach (var anomaly in anomalies)
        {
            ApplyToLines(lines, anomaly, separator, width);
        }

        var all = new List<byte[]>();
        if (shape.SepLine)
        {
            all.Add(Encoding.UTF8.GetBytes("sep=" + separator));
        }

        for (var i = 0; i < shape.BlankLinesBeforeHeader; i++)
        {
            all.Add(Encoding.UTF8.GetBytes(new string(separator, i)));
        }

        // Title rows as Excel saves them, as wide as the table, or as typed, in one field.
        for (var i = 0; i < shape.TitleRows; i++)
        {
            all.Add(Encoding.UTF8.GetBytes(Field(TitleTexts[i], separator) + (i == 1 ? "" : new string(separator, width - 1))));
        }

        string[] titles =
        [
            UnitTitles[shape.UnitTitle], IndicatorTitles[shape.IndicatorTitle], ResultTitles[shape.ResultTitle],
            .. shape.ExtraTitles.Select(title => ExtraTitles[title]),
        ];
        all.Add(Encoding.UTF8.GetBytes(string.Join(separator, shape.Order.Select(column => Field(titles[column], separator)))));
        if (shape.ColumnNumbers)
        {
            // Official tables number their columns in a row below the titles: (1), (2), …
            all.Add(Encoding.UTF8.GetBytes(string.Join(separator, Enumerable.Range(1, width).Select(column => $"({column})"))));
        }

        all.AddRange(lines);
        for (var i = 0; i < shape.FooterRows; i++)
        {
            all.Add(Encoding.UTF8.GetBytes(Field(FooterTexts[i], separator) + new string(separator, width - 1)));
        }
        for (var i = 0; i < shape.TrailingBlankLines; i++)
        {
            all.Add(Encoding.UTF8.GetBytes(i == 0 ? "" : new string(separator, width - 1)));
        }

        using var file = new MemoryStream();
        if (shape.Bom)
        {
            file.Write([0xEF, 0xBB, 0xBF]);
        }

        for (var i = 0; i < all.Count; i++)
        {
            file.Write(all[i]);
            if (i < all.Count - 1 || shape.FinalLineEnd)
            {
                var crLf = shape.MixedLineEnds == 0 ? shape.CrLf : ((shape.MixedLineEnds >> (i % 31)) & 1) == 1;
                file.Write(crLf ? "\r\n"u8 : "\n"u8);
            }
        }

        return file.ToArray();
    }

    private static void ApplyToLines(List<byte[]> lines, Anomaly anomaly, char separator, int width)
    {
        var at = anomaly.Place % (lines.Count + 1);
        if (anomaly.Kind == AnomalyKind.BlankLine)
        {
            string[] blanks = ["", new string(separator, width - 1), "  ", " " + separator + " ", "\"\"" + separator + "\"\"", new string(separator, width + 1), "\t"];
            lines.Insert(at, Encoding.UTF8.GetBytes(blanks[anomaly.Variant % blanks.Length]));
            return;
        }

        if (lines.Count == 0 || anomaly.Kind is AnomalyKind.DuplicateAdjacent or AnomalyKind.DuplicateFar)
        {
            return;
        }

        at %= lines.Count;
        var line = lines[at].ToList();
        var inside = anomaly.Variant % (line.Count + 1);
        switch (anomaly.Kind)
        {
            case AnomalyKind.Nul:
                line.Insert(inside, 0);
                break;
            case AnomalyKind.NulAfterLine:
                line.Add(0);
                break;
            case AnomalyKind.InvalidUtf8:
                line.Insert(inside, anomaly.Variant % 2 == 0 ? (byte)0xFF : (byte)0xC3);
                break;
            case AnomalyKind.LoneCarriageReturn:
                line.Insert(inside, (byte)'\r');
                break;
            case AnomalyKind.StrayQuote:
                line.Insert(inside, (byte)'"');
                break;
            case AnomalyKind.ExtraField:
                line.AddRange(Encoding.UTF8.GetBytes(separator + "x"));
                break;
            default:
                var last = line.LastIndexOf((byte)separator);
                line.RemoveRange(Math.Max(last, 0), line.Count - Math.Max(last, 0));
                break;
        }

        lines[at] = [.. line];
    }
}
