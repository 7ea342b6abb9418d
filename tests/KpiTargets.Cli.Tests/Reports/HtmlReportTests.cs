using System.Text;
using System.Text.RegularExpressions;
using KpiTargets.Files.Reports;

namespace KpiTargets.Cli.Tests;

/// <summary>The report's markup as written: self-contained, encoded, deterministic, in the language asked for.</summary>
public sealed partial class HtmlReportTests
{
    [Fact]
    public void The_same_content_gives_the_same_bytes()
    {
        var content = ReportContents.WithProgress(ReportText.Vietnamese);

        Render(content).Should().Equal(Render(content));
    }

    [Fact]
    public void The_file_is_utf8_without_a_byte_order_mark_and_declares_its_charset_and_language()
    {
        var bytes = Render(ReportContents.Targets(ReportText.Vietnamese));
        var html = Encoding.UTF8.GetString(bytes);

        bytes[..3].Should().NotEqual(Encoding.UTF8.Preamble.ToArray());
        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
        Text(ReportContents.Targets(ReportText.English)).Should().Contain("<html lang=\"en\">");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Nothing_outside_the_file_is_referenced_and_no_script_is_written(bool withProgress)
    {
        var html = Text(withProgress ? ReportContents.WithProgress(ReportText.English) : ReportContents.Targets(ReportText.English));

        html.Should().NotContainAny("<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "http://", "https://")
            .And.Contain("default-src 'none'")
            .And.NotContain("javascript:");
        EventHandler().IsMatch(html).Should().BeFalse();
        ExternalReference().Matches(html).Select(match => match.Value).Should().OnlyContain(link => link.StartsWith("href=\"#", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Names_that_mean_something_to_html_are_encoded_everywhere(bool withProgress)
    {
        var html = Text(ReportContents.Hostile(ReportText.English, withProgress));

        html.Should().NotContain("<script>").And.NotContain("<b>thử").And.NotContain("</text><text>UBND").And.NotContain("\"Tư pháp\"");
        html.Should().Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;")
            .And.Contain("Phòng &quot;Tư pháp&quot; &amp; Nội vụ")
            .And.Contain("<title>Báo cáo &lt;b&gt;thử&lt;/b&gt; &amp; &quot;kiểm tra&quot;</title>")
            .And.Contain("Q1 &lt;2024&gt;");
    }

    [Fact]
    public void Vietnamese_text_is_written_as_it_is_not_as_character_references()
    {
        var html = Text(ReportContents.Targets(ReportText.Vietnamese));

        html.Should().Contain("Văn phòng Đăng ký đất đai tỉnh – CN Bình Sơn").And.Contain("UBND thị trấn Châu Ổ")
            .And.Contain("Tỷ lệ thanh toán trực tuyến").And.NotContain("&#");
    }

    [Fact]
    public void A_chart_per_indicator_present_and_with_progress_a_second_one()
    {
        var targetsOnly = Text(ReportContents.Targets(ReportText.English));
        var withProgress = Text(ReportContents.WithProgress(ReportText.English));

        Count(targetsOnly, "<svg class=\"results-chart\"").Should().Be(10);
        Count(targetsOnly, "<svg class=\"progress-chart\"").Should().Be(0);
        Count(withProgress, "<svg class=\"results-chart\"").Should().Be(10);
        Count(withProgress, "<svg class=\"progress-chart\"").Should().Be(10);
        Count(Text(ReportContents.Hostile(ReportText.English, withProgress: true)), "<svg class=").Should().Be(2);
    }

    [Fact]
    public void Every_chart_is_an_image_with_a_label_sized_by_its_view_box()
    {
        var html = Text(ReportContents.WithProgress(ReportText.English));

        SvgOpening().Matches(html).Should().HaveCount(20).And.OnlyContain(match =>
            match.Value.Contains("role=\"img\"", StringComparison.Ordinal) && match.Value.Contains("aria-label=\"", StringComparison.Ordinal)
            && match.Value.Contains("viewBox=\"0 0 800 ", StringComparison.Ordinal) && !match.Value.Contains("width=", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_mark_has_a_title_with_the_unit_result_target_and_clause()
    {
        var html = Text(ReportContents.Targets(ReportText.English));

        Count(html, "<g class=\"mark\"><title>").Should().Be(303);
        html.Should().Contain("<title>Văn phòng HĐND và UBND huyện: 2023 result 43.41%; 2024 target 45%; clause a</title>")
            .And.Contain("<title>Văn phòng HĐND và UBND huyện: 2023 result 81.75%; 2024 target 89.93%; clause b</title>");
    }

    [Fact]
    public void A_long_unit_name_is_cut_in_a_chart_with_the_full_name_as_its_title_and_whole_in_the_table()
    {
        const string Long = "Văn phòng Đăng ký đất đai tỉnh – Chi nhánh huyện Bình Sơn, tỉnh Quảng Ngãi";
        var target = AssignedTarget.From(TargetRule.Assign(Long, IndicatorCatalog.BinhSon2024.Find("2"), 70m));
        var html = Text(new ReportContent(null, null, ReportText.Vietnamese, IndicatorCatalog.BinhSon2024, [target]));

        html.Should().Contain($"<title>{Long}</title>Văn phòng Đăng ký đất đai tỉnh – Chi nhánh…</text>")
            .And.Contain($"<th scope=\"row\">{Long}</th>");
    }

    [Fact]
    public void Capped_and_no_baseline_units_are_marked_and_counted()
    {
        var satisfaction = IndicatorCatalog.BinhSon2024.Find("8");
        AssignedTarget[] targets =
        [
            AssignedTarget.From(TargetRule.Assign("Phòng Tư pháp", satisfaction, 95m)),
            AssignedTarget.From(TargetRule.Assign("Phòng Y tế", satisfaction, null)),
            AssignedTarget.From(TargetRule.Assign("Thanh tra huyện", satisfaction, 80m)),
        ];
        var html = Text(new ReportContent(null, null, ReportText.English, IndicatorCatalog.BinhSon2024, targets));

        html.Should().Contain("class=\"cap-ring\"").And.Contain("class=\"no-baseline\"")
            .And.Contain("<title>Phòng Tư pháp: 2023 result 95%; 2024 target 100%; clause b, capped at the maximum</title>")
            .And.Contain("<title>Phòng Y tế: no 2023 result; 2024 target 90%; clause a</title>");
        html.Should().Contain("a) below the central target: the central target</th><td class=\"number\">2</td>")
            .And.Contain("of which without a 2023 result</th><td class=\"number\">1</td>")
            .And.Contain("b) at or above the central target: raised</th><td class=\"number\">1</td>")
            .And.Contain("of which capped at the maximum</th><td class=\"number\">1</td>");
    }

    [Fact]
    public void A_unit_without_an_actual_has_no_bar_and_says_no_data_and_a_unit_behind_says_so_in_words()
    {
        var html = Text(ReportContents.Hostile(ReportText.English, withProgress: true));

        // Three units: 40 → target 45 (actual 50, met), 60 → 66 (actual 50, behind), none → 45 (no actual).
        Count(html, "class=\"actual-met\"").Should().Be(2, "one bar and the legend's key");
        Count(html, "class=\"actual-behind\"").Should().Be(2, "one bar and the legend's key");
        html.Should().Contain("<title>&lt;/text&gt;&lt;text&gt;UBND xã Bình Châu: no data; 2024 target 45%</title>")
            .And.Contain("class=\"status status-behind\"")
            .And.Contain("▼ behind")
            .And.Contain("gap -16; behind</title>");
    }

    [Fact]
    public void The_vietnamese_report_writes_decimal_commas_and_vietnamese_words()
    {
        var html = Text(ReportContents.WithProgress(ReportText.Vietnamese));

        html.Should().Contain("kết quả 2023 43,41%; chỉ tiêu 2024 45%; trường hợp a")
            .And.Contain("Chỉ tiêu Trung ương năm 2024: 45%.")
            .And.Contain("Xếp hạng đơn vị theo số chỉ tiêu đạt")
            .And.Contain("Chỉ tiêu 9.1. Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng: Các phòng, ban và tương đương thuộc UBND huyện.")
            .And.Contain("<td class=\"number\">89,93</td>")
            .And.NotContain("89.93");
    }

    [Fact]
    public void The_summary_and_the_ranking_are_the_domains()
    {
        var content = ReportContents.WithProgress(ReportText.English);
        var html = Text(content);
        var first = ProgressSummary.ByIndicator(content.Progress!)[0];
        var best = ProgressSummary.RankUnits(content.Progress!)[0];

        html.Should().Contain($"<th scope=\"row\">1. {first.Indicator.NameEnglish}</th><td class=\"number\">{first.Units}</td><td class=\"number\">{first.Met}</td><td class=\"number\">{first.Behind}</td><td class=\"number\">{first.NoData}</td>")
            .And.Contain($"<tr><td class=\"number\">1</td><th scope=\"row\">{best.Unit}</th><td class=\"number\">{best.Met}</td>");
    }

    [Fact]
    public void The_targets_table_has_a_row_per_unit_and_a_column_per_indicator_present()
    {
        var html = Text(ReportContents.Targets(ReportText.English));
        var table = html[html.IndexOf("<table class=\"targets\">", StringComparison.Ordinal)..];

        Count(table, "<th scope=\"row\">").Should().Be(ReportContents.SampleUnits.Count);
        Count(table[..table.IndexOf("</thead>", StringComparison.Ordinal)], "<th scope=\"col\" class=\"number\">").Should().Be(10);
        table.Should().Contain("<tr><th scope=\"row\">Văn phòng HĐND và UBND huyện</th><td class=\"number\">45</td><td class=\"number\">89.93</td>");
    }

    [Fact]
    public void An_indicator_of_another_catalog_is_shown_in_its_own_unit_on_an_axis_that_fits_its_values()
    {
        var dossiers = new Indicator("HS", "Số hồ sơ trực tuyến", "", "hồ sơ", 120m, 0m, Indicator.MaxMagnitude, "");
        var catalog = new IndicatorCatalog("Thử 2025", [dossiers]);
        var target = AssignedTarget.From(TargetRule.Assign("UBND xã Bình Châu", dossiers, 480m));
        var html = Text(new ReportContent(null, null, ReportText.English, catalog, [target], [new TargetProgress(target, 300m)]));

        html.Should().Contain("Indicator HS. Số hồ sơ trực tuyến").And.Contain("Central target for 2024: 120 hồ sơ.")
            .And.Contain("<title>UBND xã Bình Châu: 2023 result 480 hồ sơ; 2024 target 528 hồ sơ; clause b</title>")
            .And.Contain("2023 result (hồ sơ)").And.Contain(">600</text>").And.NotContain(">1000000000000</text>");
    }

    [Fact]
    public void It_prints_on_a4_with_a_page_per_section_and_charts_kept_whole()
    {
        var html = Text(ReportContents.Targets(ReportText.English));

        html.Should().Contain("@page { size: A4;").And.Contain("@media print").And.Contain("break-before: page")
            .And.Contain("figure { margin: 1rem 0; break-inside: avoid;");
    }

    private static byte[] Render(ReportContent content)
    {
        using var stream = new MemoryStream();
        HtmlReport.Write(content, stream);
        return stream.ToArray();
    }

    private static string Text(ReportContent content) => Encoding.UTF8.GetString(Render(content));

    private static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));

    [GeneratedRegex("(href|src|xlink:href)=\"[^\"]*\"")]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"<[^>]*\son\w+=")]
    private static partial Regex EventHandler();

    [GeneratedRegex("<svg [^>]*>")]
    private static partial Regex SvgOpening();
}
