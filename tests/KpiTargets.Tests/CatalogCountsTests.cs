namespace KpiTargets.Tests;

/// <summary>What each indicator's numerator and denominator count, from the formulas of Decision 766/QĐ-TTg.</summary>
public sealed class CatalogCountsTests
{
    public static TheoryData<string, string, string> Counted => new()
    {
        { "1", "Số hồ sơ thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia", "Tổng số hồ sơ của TTHC có yêu cầu nộp phí, lệ phí" },
        { "2", "Số hồ sơ tiếp nhận trực tuyến", "Tổng số hồ sơ tiếp nhận (trực tuyến và trực tiếp)" },
        { "3", "Số hồ sơ được số hóa thành phần hồ sơ và kết quả giải quyết", "Tổng số hồ sơ đã giải quyết" },
        { "4", "Số hồ sơ được cấp kết quả giải quyết điện tử", "Tổng số hồ sơ của TTHC có quy định cấp kết quả giải quyết bản giấy" },
        { "5", "Số bản sao chứng thực điện tử từ bản chính", "Tổng số bản sao chứng thực từ bản chính" },
        { "6", "Số hồ sơ có khai thác, sử dụng lại thông tin, dữ liệu số hóa", "Tổng số hồ sơ tiếp nhận" },
        { "7", "Số phản ánh, kiến nghị được xử lý đúng hạn", "Tổng số phản ánh, kiến nghị tiếp nhận" },
        { "8", "Số hồ sơ được giải quyết không có phản ánh, kiến nghị, không bị đánh giá không hài lòng và không trễ hạn", "Tổng số hồ sơ đã giải quyết" },
        { "9.1", "Số văn bản, hồ sơ công việc được xử lý trên môi trường mạng", "Tổng số văn bản, hồ sơ công việc (trừ hồ sơ mật)" },
        { "9.2", "Số văn bản, hồ sơ công việc được xử lý trên môi trường mạng", "Tổng số văn bản, hồ sơ công việc (trừ hồ sơ mật)" },
    };

    [Theory, MemberData(nameof(Counted))]
    public void Each_built_in_indicator_says_what_its_counts_count_in_both_languages(string code, string numerator, string denominator)
    {
        var indicator = IndicatorCatalog.BinhSon2024.Find(code);

        indicator.NumeratorVietnamese.Should().Be(numerator);
        indicator.DenominatorVietnamese.Should().Be(denominator);
        indicator.NumeratorEnglish.Should().NotBeNullOrWhiteSpace();
        indicator.DenominatorEnglish.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_custom_indicator_says_nothing_of_its_counts_unless_told()
    {
        var custom = new Indicator("X", "Chỉ tiêu X", "", "%", 40m, 0m, 100m, "");

        custom.NumeratorVietnamese.Should().BeEmpty();
        custom.DenominatorEnglish.Should().BeEmpty();
        (custom with { NumeratorEnglish = "Online dossiers" }).NumeratorEnglish.Should().Be("Online dossiers");
    }

    [Fact]   // the counts' texts are names too: NFC, and never null
    public void The_counts_texts_are_kept_in_nfc_and_cannot_be_null()
    {
        var custom = new Indicator("X", "Chỉ tiêu X", "", "%", 40m, 0m, 100m, "") { NumeratorVietnamese = "Số hồ sơ".Normalize(System.Text.NormalizationForm.FormD) };

        custom.NumeratorVietnamese.Should().Be("Số hồ sơ");
        ((Action)(() => _ = custom with { DenominatorVietnamese = null! })).Should().Throw<ArgumentNullException>();
    }
}
