using System.Globalization;
using System.Text;
using CsCheck;
using CsvHelper;
using KpiTargets.Cli.Input;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// The shortcuts that read a results row from its bytes without making strings: each must give exactly what the
/// text path gives, and hand everything else to it.
/// </summary>
public sealed class ByteLevelReadingTests
{
    [Fact]
    public void An_indicator_code_is_found_by_its_exact_bytes_whatever_its_length_and_the_order_asked() =>
        Gen.Int[0, 9].Array[1, 40].Sample(asked =>
        {
            string[] codes = ["1", "9.1", "1234567", "12345678", "KPI-1.2.3.4", "Chỉ số 1"];
            string[] others = ["", "2", "9.", "9.10", "123456", "123456789", "12345678 ", "KPI-1.2.3.", "chỉ số 1"];
            var catalog = new IndicatorCatalog("Custom", codes.Select(code => new Indicator(code, "Chỉ tiêu", "Indicator", "%", 50m, 0m, 100m, "all")));
            var bytes = new IndicatorCodeBytes(catalog);
            return asked.All(i => i < codes.Length
                ? bytes.TryFind(Encoding.UTF8.GetBytes(codes[i]), out var indicator, out var index) && indicator.Code == codes[i] && index == i
                : others.All(other => !bytes.TryFind(Encoding.UTF8.GetBytes(other), out _, out _)));
        });

    [Fact]
    public void A_plain_number_reads_as_the_text_parser_reads_it_scale_included() =>
        Gen.Select(Gen.ULong[0, 9_999_999_999_999_999_999], Gen.Int[0, 18], Gen.Int[0, 3]).Sample((digits, scale, leadingZeros) =>
        {
            var text = new string('0', leadingZeros) + digits.ToString(CultureInfo.InvariantCulture);
            if (scale > 0 && scale < text.Length)
            {
                text = text.Insert(text.Length - scale, ".");
            }

            var plain = DecimalInput.TryParsePlain(Encoding.ASCII.GetBytes(text), out var fast);
            var parsed = DecimalInput.TryParse(text, out var slow);
            return !plain || (parsed && decimal.GetBits(fast).SequenceEqual(decimal.GetBits(slow)));
        });

    [Theory]
    [InlineData("45.15", "45.15")]
    [InlineData("45.50", "45.50")]
    [InlineData("007", "7")]
    [InlineData("0.0", "0.0")]
    [InlineData("1234567890123456789", "1234567890123456789")]
    public void Plain_numbers_are_read_from_bytes(string text, string expected)
    {
        DecimalInput.TryParsePlain(Encoding.ASCII.GetBytes(text), out var value).Should().BeTrue();

        value.ToString(CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("45,5")]
    [InlineData("45.")]
    [InlineData(".5")]
    [InlineData("1.2.3")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("5%")]
    [InlineData("1e2")]
    [InlineData("N/A")]
    [InlineData("12345678901234567890")]
    public void Every_other_spelling_is_left_to_the_text_parser(string text) =>
        DecimalInput.TryParsePlain(Encoding.ASCII.GetBytes(text), out _).Should().BeFalse();

    [Fact]
    public void An_indicator_is_found_by_the_exact_bytes_of_its_code_in_any_order()
    {
        var catalog = IndicatorCatalog.BinhSon2024;
        var codes = new IndicatorCodeBytes(catalog);

        foreach (var indicator in catalog.Indicators.Reverse().Concat(catalog.Indicators).Concat(catalog.Indicators.Reverse()))
        {
            codes.TryFind(Encoding.ASCII.GetBytes(indicator.Code), out var found).Should().BeTrue();
            found.Should().BeSameAs(indicator);
        }
    }

    [Theory]
    [InlineData("9")]
    [InlineData(" 1")]
    [InlineData("01")]
    [InlineData("9.10")]
    [InlineData("")]
    public void A_code_spelled_otherwise_is_left_to_the_catalog(string code) =>
        new IndicatorCodeBytes(IndicatorCatalog.BinhSon2024).TryFind(Encoding.ASCII.GetBytes(code), out _).Should().BeFalse();

    [Fact]
    public void Csv_fields_offer_bytes_only_when_they_are_exactly_the_text()
    {
        var fields = CurrentRecord("plain,\"a,b\",'=1,Phòng,\n");

        fields.TryGetAscii(0, out var plain).Should().BeTrue();
        Encoding.ASCII.GetString(plain).Should().Be("plain");
        fields.TryGetAscii(1, out var quoted).Should().BeTrue();
        Encoding.ASCII.GetString(quoted).Should().Be("a,b", "the bytes are the field's value, without its quotes");
        fields.TryGetAscii(2, out _).Should().BeFalse("a formula guard is removed from the text only");
        fields[2].Should().Be("=1");
        fields.TryGetAscii(3, out _).Should().BeFalse("a name with diacritics needs decoding");
        fields.TryGetAscii(4, out var empty).Should().BeTrue();
        empty.IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData("a,1,2\n", "None")]
    [InlineData(" , ,\t\n", "Blank")]
    [InlineData("\u00a0,,\n", "Blank")]
    [InlineData("a,\0,2\n", "Nul")]
    [InlineData("\0,,\n", "Nul")]
    [InlineData("'\t,,\n", "Blank")]
    [InlineData("\"'\r\",\t,\n", "Blank")]
    [InlineData("',,\n", "None")]
    [InlineData("'x,,\n", "None")]
    public void A_record_s_first_flaw_is_found_from_its_bytes(string record, string expected) =>
        CurrentRecord(record).Inspect().ToString().Should().Be(expected);

    [Fact]
    public void Invalid_bytes_are_found_even_in_a_column_that_repeated_valid_text_before()
    {
        using var reader = CsvReader.Create(Encoding.UTF8.GetBytes("Phòng,1\nPhòng,2\nPh\u00f2ng,3\n").Concat(new byte[] { 0xC3, 0x28, (byte)',', (byte)'4', (byte)'\n' }).ToArray(),
            new CsvReaderOptions { HasHeader = false });
        var fields = new CsvRecordFields(reader);
        var flaws = new List<CsvRecordFields.Flaw>();
        var names = new List<string>();
        while (reader.Read())
        {
            var flaw = fields.Inspect();
            flaws.Add(flaw);
            if (flaw == CsvRecordFields.Flaw.None)
            {
                names.Add(fields[0]);
            }
        }

        flaws.Should().Equal(CsvRecordFields.Flaw.None, CsvRecordFields.Flaw.None, CsvRecordFields.Flaw.None, CsvRecordFields.Flaw.InvalidText);
        names.Distinct().Should().Equal("Phòng");
        names[0].Should().BeSameAs(names[1], "a repeated name is decoded once");
    }

    private static CsvRecordFields CurrentRecord(string csv)
    {
        var reader = CsvReader.Create(Encoding.UTF8.GetBytes(csv), new CsvReaderOptions { HasHeader = false });
        reader.Read().Should().BeTrue();
        return new CsvRecordFields(reader);
    }
}
