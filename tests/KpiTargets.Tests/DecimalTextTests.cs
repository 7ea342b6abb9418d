using System.Globalization;
using System.Text;
using CsCheck;

namespace KpiTargets.Tests;

/// <summary>The shortest form, as text and as UTF-8 bytes: one rule, two outputs that must never differ.</summary>
public sealed class DecimalTextTests
{
    [Theory]
    [InlineData("49.50", "49.5")]
    [InlineData("100.00", "100")]
    [InlineData("-0.50", "-0.5")]
    [InlineData("-0.00", "0")]
    [InlineData("0", "0")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("-0.0000000000000000000000000001", "-0.0000000000000000000000000001")]
    public void The_bytes_are_the_shortest_text(string value, string expected)
    {
        var number = decimal.Parse(value, CultureInfo.InvariantCulture);
        Span<byte> buffer = stackalloc byte[DecimalText.MaxLength];

        DecimalText.TryWriteShortest(number, buffer, out var length).Should().BeTrue();

        Encoding.ASCII.GetString(buffer[..length]).Should().Be(expected);
        DecimalText.Shortest(number).Should().Be(expected);
    }

    [Fact]
    public void The_bytes_equal_the_text_for_every_decimal() =>
        Gen.Decimal.Sample(value =>
        {
            Span<byte> buffer = stackalloc byte[DecimalText.MaxLength];
            return DecimalText.TryWriteShortest(value, buffer, out var length)
                && Encoding.ASCII.GetString(buffer[..length]) == DecimalText.Shortest(value)
                && decimal.Parse(DecimalText.Shortest(value), CultureInfo.InvariantCulture) == value;
        });

    [Fact]
    public void Values_whose_digits_fit_64_bits_read_as_the_invariant_text_without_trailing_zeros() =>
        Gen.Select(Gen.ULong, Gen.Int[0, 28], Gen.Bool).Sample((digits, scale, negative) =>
        {
            var value = new decimal((int)digits, (int)(digits >> 32), 0, negative, (byte)scale);
            return DecimalText.Shortest(value) == TrimmedInvariantText(value);
        });

    [Theory]
    [InlineData("0.0010", "0.001")]
    [InlineData("0.5", "0.5")]
    [InlineData("-12.340", "-12.34")]
    [InlineData("18446744073709551615", "18446744073709551615")]
    [InlineData("1844674407370955161.5", "1844674407370955161.5")]
    public void Small_values_keep_every_significant_digit(string value, string expected) =>
        DecimalText.Shortest(decimal.Parse(value, CultureInfo.InvariantCulture)).Should().Be(expected);

    [Fact]
    public void A_destination_too_short_is_refused_not_overrun()
    {
        Span<byte> buffer = stackalloc byte[3];

        DecimalText.TryWriteShortest(1234.5m, buffer, out var written).Should().BeFalse();
        written.Should().Be(0);
        DecimalText.TryWriteShortest(79228162514264337593543950335m, buffer, out written).Should().BeFalse();
        written.Should().Be(0);
    }

    // The oracle: .NET's own invariant text, trailing zeros after the point removed, and no negative zero.
    private static string TrimmedInvariantText(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text == "-0" ? "0" : text;
    }
}
