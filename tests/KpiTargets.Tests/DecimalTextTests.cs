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
    public void A_destination_too_short_is_refused_not_overrun()
    {
        Span<byte> buffer = stackalloc byte[3];

        DecimalText.TryWriteShortest(1234.5m, buffer, out _).Should().BeFalse();
    }
}
