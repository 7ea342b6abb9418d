using System.Text;

namespace KpiTargets.Tests;

/// <summary>Names enter the domain in Unicode NFC and codes trimmed, whatever form they were typed in.</summary>
public sealed class NormalisationTests
{
    private const string Decomposed = "Xa\u0303 Bi\u0300nh Ha\u0309i"; // "Xã Bình Hải" as a Mac keyboard types it

    [Fact]
    public void An_indicator_stores_its_names_in_nfc()
    {
        var indicator = new Indicator("A", Decomposed, Decomposed, "%", 50m, 0m, 100m, Decomposed);

        indicator.NameVietnamese.Should().Be("Xã Bình Hải").And.Match(name => name.IsNormalized(NormalizationForm.FormC));
        indicator.NameEnglish.Should().Be("Xã Bình Hải");
        indicator.AppliesTo.Should().Be("Xã Bình Hải");
    }

    [Fact]
    public void A_heading_trims_its_code_and_stores_its_names_in_nfc()
    {
        var heading = new IndicatorHeading(" 9 ", Decomposed, "");

        heading.Code.Should().Be("9");
        heading.NameVietnamese.Should().Be("Xã Bình Hải");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void A_heading_needs_a_code(string? code) =>
        FluentActions.Invoking(() => new IndicatorHeading(code!, "x", "")).Should().Throw<ArgumentException>();

    [Fact]
    public void Bounds_beyond_the_largest_magnitude_are_rejected_so_the_rule_cannot_overflow() =>
        FluentActions.Invoking(() => new Indicator("A", "x", "", "", 0m, 0m, decimal.MaxValue, ""))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximum");

    [Fact]
    public void One_decimal_is_written_in_the_singular()
    {
        var policy = AssignmentPolicy.Default with { Decimals = 1 };

        TargetRule.Assign("A", IndicatorCatalog.BinhSon2024.Find("1"), 45.15m, policy).Explanation
            .Should().Be("b) 45.15 ≥ central 45: 45.15 × 1.1 = 49.665, rounded to 1 decimal = 49.7");
    }
}
