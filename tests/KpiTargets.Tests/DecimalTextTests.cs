using System.Globalization;
using CsCheck;

namespace KpiTargets.Tests;

/// <summary>The shortest form: invariant culture, no trailing zeros, no exponent, no negative zero.</summary>
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
    public void The_shortest_text_drops_trailing_zeros_and_the_sign_of_zero(string value, string expected) =>
        DecimalText.Shortest(decimal.Parse(value, CultureInfo.InvariantCulture)).Should().Be(expected);

    // Any decimal, and decimals built from digits and a scale, so that trailing zeros and negative zero come often.
    private static readonly Gen<decimal> Values = Gen.OneOf(
        Gen.Decimal,
        Gen.Select(Gen.ULong, Gen.Int[0, 28], Gen.Bool).Select((digits, scale, negative) =>
            new decimal((int)digits, (int)(digits >> 32), 0, negative, (byte)scale)));

    [Fact]
    public void The_shortest_text_reads_back_as_the_same_value_with_no_trailing_zero_exponent_or_negative_zero() =>
        Values.Sample(value =>
        {
            var text = DecimalText.Shortest(value);
            var digitsAndPoint = text.TrimStart('-');
            return decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) == value
                && digitsAndPoint.All(c => char.IsAsciiDigit(c) || c == '.')
                && text != "-0"
                && (!text.Contains('.', StringComparison.Ordinal) || !(text.EndsWith('0') || text.EndsWith('.')));
        });

    [Theory]
    [InlineData("0.0010", "0.001")]
    [InlineData("0.5", "0.5")]
    [InlineData("-12.340", "-12.34")]
    [InlineData("18446744073709551615", "18446744073709551615")]
    [InlineData("1844674407370955161.5", "1844674407370955161.5")]
    public void Small_values_keep_every_significant_digit(string value, string expected) =>
        DecimalText.Shortest(decimal.Parse(value, CultureInfo.InvariantCulture)).Should().Be(expected);
}
