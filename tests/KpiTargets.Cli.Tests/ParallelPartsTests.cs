using System.Globalization;
using System.Text;
using CsCheck;
using KpiTargets.Cli.Input;
using KpiTargets.Cli.Parallel;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// The parts of the parallel path of <c>assign</c>, each held to what the full path does: rows split as CsvHelper
/// splits them, text and numbers read as the full reader reads them, duplicates never missed.
/// </summary>
public sealed class ParallelPartsTests
{
    [Theory]
    [InlineData("a,1,2\nb", new[] { "a", "1", "2" }, 5, 6, false)]
    [InlineData("a,1,2\r\nb", new[] { "a", "1", "2" }, 5, 7, true)]
    [InlineData("a,1,2", new[] { "a", "1", "2" }, 5, 5, false)]
    [InlineData(",,\n", new[] { "", "", "" }, 2, 3, false)]
    [InlineData(",,\r\n", new[] { "", "", "" }, 2, 4, true)]
    [InlineData("\"Phòng A, B\",9.1,\n", new[] { "Phòng A, B", "9.1", "" }, 18, 19, false)]
    [InlineData("\"say \"\"hi\"\"\",1,2\r\n", new[] { "say \"\"hi\"\"", "1", "2" }, 16, 18, true)]
    [InlineData("\"a\",\"1\",\"2\"\r\n", new[] { "a", "1", "2" }, 11, 13, true)]
    [InlineData("\n", new[] { "" }, 0, 1, false)]
    public void A_plain_row_splits_into_its_fields_and_line_end(string text, string[] fields, int rowLength, int consumed, bool crlf)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var found = new PlainField[4];

        var rows = new PlainCsvRows(bytes, (byte)',');
        rows.TryRead(found, out var count, out var rowStart, out var length, out var endsWithCarriageReturn).Should().BeTrue();
        var used = rows.Position;

        rowStart.Should().Be(0);
        found[..count].Select(field => Encoding.UTF8.GetString(bytes, field.Start, field.Length)).Should().Equal(fields);
        found[..count].Select(field => field.HasEscapedQuotes).Should().Equal(fields.Select(field => field.Contains('"', StringComparison.Ordinal)));
        (length, used, endsWithCarriageReturn).Should().Be((rowLength, consumed, crlf), "lengths count bytes");
    }

    [Theory]
    [InlineData("a\"b,1,2\n")]
    [InlineData("\"a\"b,1,2\n")]
    [InlineData("\"a\" ,1,2\n")]
    [InlineData("\"a,1,2\n")]
    [InlineData("\"a\rb\",1,2\n")]
    [InlineData("\"a\nb\",1,2\n")]
    [InlineData("\"a\"\r,1,2\n")]
    [InlineData("a,1,2,3,4\n")]
    public void A_row_outside_the_plain_dialect_or_too_wide_is_refused(string text) =>
        new PlainCsvRows(Encoding.UTF8.GetBytes(text), (byte)',').TryRead(new PlainField[4], out _, out _, out _, out _).Should().BeFalse();

    [Fact]
    public void The_structural_search_finds_what_a_search_byte_by_byte_finds_across_blocks() =>
        Gen.Select(Gen.Int[0, 7].Select(i => (byte)",;\"\r\na\u00E1\0"[i]).Array[0, 300], Gen.Int[1, 40])
            .Sample((text, step) =>
            {
                var structure = new StructuralBytes(text, (byte)';');
                for (var from = 0; from <= text.Length + 1; from += step)
                {
                    var found = from >= text.Length ? -1 : text.AsSpan(from).IndexOfAny("\r\n\";"u8);
                    if (structure.Next(from) != (found < 0 ? text.Length : from + found))
                    {
                        return false;
                    }
                }

                return true;
            });

    [Fact]
    public void A_semicolon_separated_row_splits_on_semicolons_only() =>
        ReadFields("Phòng A, B;1;2,5\n", (byte)';').Should().Equal("Phòng A, B", "1", "2,5");

    [Fact]
    public void Chunks_end_at_line_ends_and_together_are_the_input() =>
        Gen.Select(Gen.Int[0, 200].Select(length => new string('x', length)).Array[0, 60], Gen.Int[1, 300]).Sample((lines, chunkBytes) =>
        {
            var input = Encoding.ASCII.GetBytes(string.Join('\n', lines));
            var chunks = new LineChunks(new MemoryStream(input), chunkBytes, maxLineBytes: 1 << 20);
            var joined = new List<byte>();
            var pieces = chunks.Read().Select(chunk =>
            {
                var bytes = chunk.Span.ToArray();
                chunk.Return();
                return bytes;
            }).ToList();

            foreach (var piece in pieces)
            {
                joined.AddRange(piece);
            }

            return !chunks.StoppedAtLongLine
                && joined.SequenceEqual(input)
                && pieces.SkipLast(1).All(piece => piece.Length > 0 && piece[^1] == (byte)'\n');
        });

    [Fact]
    public void A_line_longer_than_the_limit_stops_the_chunks()
    {
        var input = Encoding.ASCII.GetBytes("a,1,2\n" + new string('x', 5000) + "\nb,1,2\n");
        var chunks = new LineChunks(new MemoryStream(input), chunkBytes: 64, maxLineBytes: 1000);

        foreach (var chunk in chunks.Read())
        {
            chunk.Return();
        }

        chunks.StoppedAtLongLine.Should().BeTrue();
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("7", true)]
    [InlineData("45.5", true)]
    [InlineData("0.05", true)]
    [InlineData("100", true)]
    [InlineData("07", false)]
    [InlineData("00", false)]
    [InlineData("45.50", false)]
    [InlineData("45.0", false)]
    [InlineData("0.0", false)]
    [InlineData("00.5", false)]
    public void A_plain_number_is_copied_only_when_it_is_already_in_shortest_form(string text, bool isShortest) =>
        (DecimalInput.TryParsePlain(Encoding.ASCII.GetBytes(text), out _, out var shortest) && shortest).Should().Be(isShortest);

    [Fact]
    public void Copying_a_plain_number_gives_the_text_formatting_it_would_give() =>
        Gen.Select(Gen.ULong[0, 999_999_999], Gen.Int[0, 6], Gen.Int[0, 2]).Sample((digits, scale, leadingZeros) =>
        {
            var text = new string('0', leadingZeros) + digits.ToString(CultureInfo.InvariantCulture);
            if (scale > 0 && scale < text.Length)
            {
                text = text.Insert(text.Length - scale, ".");
            }

            var bytes = Encoding.ASCII.GetBytes(text);
            return !DecimalInput.TryParsePlain(bytes, out var value, out var isShortest) || isShortest == (DecimalText.Shortest(value) == text);
        });

    [Fact]
    public void Every_character_the_normalization_shortcut_passes_is_its_own_NFC_and_combines_with_nothing()
    {
        var passed = Enumerable.Range(0, 0x10000).Select(code => (char)code).Where(c => TextCleaning.IsPrecomposedLatin([c])).ToList();

        passed.Should().HaveCount(0x300 + 0x100);
        passed.Should().OnlyContain(c => c.ToString().IsNormalized(NormalizationForm.FormC));
        passed.Should().OnlyContain(c => !IsMark(c), "a mark may combine with the character before it");
    }

    [Theory]
    [InlineData("UBND xã Bình Sơn", true)]
    [InlineData("Phòng Tài chính – Kế hoạch", false)]
    [InlineData("Phòng Tư pháp, Ủy ban", true)]
    [InlineData("Bi\u0300nh", false)]
    public void The_normalization_shortcut_passes_precomposed_Vietnamese_and_leaves_the_rest_to_the_system(string text, bool passes)
    {
        TextCleaning.IsPrecomposedLatin(text).Should().Be(passes);
        TextCleaning.Nfc(text).Should().Be(text.Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void A_unit_seen_again_with_an_indicator_it_had_is_a_duplicate_across_runs()
    {
        var units = new UnitIndicatorSets();

        units.TryAdd(new UnitRun(1, 0b0011)).Should().BeTrue();
        units.TryAdd(new UnitRun(2, 0b0011)).Should().BeTrue("another unit");
        units.TryAdd(new UnitRun(1, 0b0100)).Should().BeTrue("the same unit, another indicator");
        units.TryAdd(new UnitRun(1, 0b1010)).Should().BeFalse("the second indicator was there already");
    }

    [Fact]
    public void Units_and_their_indicators_are_kept_as_a_dictionary_keeps_them_through_every_growth() =>
        Gen.Select(Gen.ULong[1, 3000], Gen.Int[0, 63]).Array[1, 20_000].Sample(runs =>
        {
            var units = new UnitIndicatorSets();
            var model = new Dictionary<ulong, ulong>();
            foreach (var (hash, indicator) in runs)
            {
                var bit = 1UL << indicator;
                model.TryGetValue(hash, out var had);
                var expected = (had & bit) == 0;
                model[hash] = had | bit;
                if (units.TryAdd(new UnitRun(hash, bit)) != expected)
                {
                    return false;
                }
            }

            return true;
        }, iter: 200);

    [Fact]
    public void A_unit_whose_hash_is_zero_is_kept_too()
    {
        var units = new UnitIndicatorSets();

        units.TryAdd(new UnitRun(0, 0b01)).Should().BeTrue();
        units.TryAdd(new UnitRun(0, 0b10)).Should().BeTrue();
        units.TryAdd(new UnitRun(0, 0b01)).Should().BeFalse();
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static string[] ReadFields(string text, byte separator)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var found = new PlainField[4];
        new PlainCsvRows(bytes, separator).TryRead(found, out var count, out _, out _, out _).Should().BeTrue();
        return [.. found[..count].Select(field => Encoding.UTF8.GetString(bytes, field.Start, field.Length))];
    }
}
