using System.Text;
using KpiTargets.Cli.Input;
using KpiTargets.Cli.Output;
using KpiTargets.Cli.Parallel;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// A verbatim name's bytes must be exactly what the full path would make of them: its text as read (NFC, nothing to
/// trim) and its field as CsvHelper writes it (no quotes, no formula guard), with and without the guard.
/// </summary>
public sealed class VerbatimNameTests
{
    [Fact]
    public void Every_character_a_verbatim_name_may_hold_is_copied_by_CsvHelper_as_it_is_in_every_position()
    {
        using var guarded = new CsvFieldEncoder(guardFormulas: true);
        using var plain = new CsvFieldEncoder(guardFormulas: false);
        var accepted = 0;
        foreach (var c in Enumerable.Range(0, 0x10000).Where(code => code is < 0xD800 or > 0xDFFF).Select(code => (char)code))
        {
            foreach (var name in new[] { $"{c}ab", $"a{c}b", $"ab{c}" })
            {
                var bytes = Encoding.UTF8.GetBytes(name);
                if (!VerbatimName.IsVerbatim(bytes))
                {
                    continue;
                }

                accepted++;
                guarded.EncodeNow(name).ToArray().Should().Equal(bytes, $"U+{(int)c:X4} in \"{name}\" needs no quotes and no guard");
                plain.EncodeNow(name).ToArray().Should().Equal(bytes);
                TextCleaning.Nfc(name).Should().Be(name);
                name.Trim().Should().Be(name);
            }
        }

        accepted.Should().BeGreaterThan(3 * 0x100, "Vietnamese letters and ASCII are verbatim");
    }

    [Theory]
    [InlineData("UBND xã Bình Sơn")]
    [InlineData("Phòng Tư pháp (huyện) #2")]
    [InlineData("ĂÂĐÊÔƠƯăâđêôơư ạảãàáậẩẫầấặẳẵằắẹẻẽèéệểễềếịỉĩìíọỏõòóộổỗồốợởỡờớụủũùúựửữừứỵỷỹỳý")]
    [InlineData("x")]
    public void Vietnamese_names_are_verbatim(string name) =>
        VerbatimName.IsVerbatim(Encoding.UTF8.GetBytes(name)).Should().BeTrue();

    [Theory]
    [InlineData("")]
    [InlineData(" UBND")]
    [InlineData("UBND ")]
    [InlineData("-UBND")]
    [InlineData("=1+1")]
    [InlineData("+UBND")]
    [InlineData("@UBND")]
    [InlineData("'UBND")]
    [InlineData("Phòng A, B")]
    [InlineData("Phòng A; B")]
    [InlineData("Phòng A| B")]
    [InlineData("Phòng \"A\"")]
    [InlineData("Phòng\tA")]
    [InlineData("Phòng\u00A0A")]
    [InlineData("Bi\u0300nh")]
    [InlineData("Phòng Tài chính – Kế hoạch")]
    [InlineData("A\u0000B")]
    public void Anything_else_is_left_to_the_full_reading(string name) =>
        VerbatimName.IsVerbatim(Encoding.UTF8.GetBytes(name)).Should().BeFalse();

    [Theory]
    [InlineData(new byte[] { 0x41, 0xC3 })]
    [InlineData(new byte[] { 0x41, 0xC3, 0x41 })]
    [InlineData(new byte[] { 0x41, 0xE1, 0xBA })]
    [InlineData(new byte[] { 0x41, 0xE1, 0xBA, 0x41 })]
    [InlineData(new byte[] { 0x41, 0xE1, 0xBC, 0x80 })]
    [InlineData(new byte[] { 0x41, 0x80 })]
    [InlineData(new byte[] { 0x41, 0xFF })]
    public void Bytes_that_are_not_such_UTF_8_are_not_verbatim(byte[] bytes) =>
        VerbatimName.IsVerbatim(bytes).Should().BeFalse();
}
