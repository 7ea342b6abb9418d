using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KpiTargets.Files.Reports;
using Microsoft.Playwright;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// The report opened in a real browser (the system's Chromium through Playwright), as its readers open it: it fetches
/// nothing, logs no error, shows a chart per indicator and every unit's name, reads the same with scripts off, and
/// prints to PDF on A4.
/// </summary>
public sealed class ReportBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IDisposable
{
    private readonly TempFolder _temp = new();

    public static TheoryData<bool, bool> Kinds() => new() { { false, false }, { false, true }, { true, false }, { true, true } };

    [Theory, MemberData(nameof(Kinds))]
    public async Task The_report_makes_no_request_but_its_own_and_logs_no_error(bool vietnamese, bool withProgress)
    {
        await using var report = await ReportPage.OpenAsync(chromium.Browser, Write(Sample(vietnamese, withProgress)));

        report.OtherRequests.Should().BeEmpty();
        report.Requests.Should().Equal(report.Url);
        report.Errors.Should().BeEmpty();
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task There_is_a_chart_per_indicator_present_and_every_units_name_is_on_the_page(bool vietnamese, bool withProgress)
    {
        await using var report = await ReportPage.OpenAsync(chromium.Browser, Write(Sample(vietnamese, withProgress)));

        (await report.Page.Locator("svg.results-chart").CountAsync()).Should().Be(10);
        (await report.Page.Locator("svg.progress-chart").CountAsync()).Should().Be(withProgress ? 10 : 0);
        (await report.InnerTextAsync()).Should().ContainAll(ReportContents.SampleUnits);
    }

    [Fact]
    public async Task With_scripts_disabled_the_report_shows_all_of_it()
    {
        await using var report = await ReportPage.OpenAsync(chromium.Browser, Write(ReportContents.WithProgress(ReportText.English)), javaScript: false);

        (await report.Page.Locator("svg.results-chart").CountAsync()).Should().Be(10);
        (await report.Page.Locator("svg.progress-chart").CountAsync()).Should().Be(10);
        (await report.InnerTextAsync()).Should().ContainAll(ReportContents.SampleUnits).And.Contain("Units ranked by indicators met");
        report.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Vietnamese_text_is_shown_as_it_is()
    {
        await using var report = await ReportPage.OpenAsync(chromium.Browser, Write(ReportContents.WithProgress(ReportText.Vietnamese)));

        var text = await report.InnerTextAsync();

        text.Should().Contain("Tiến độ thực hiện chỉ tiêu năm 2024").And.Contain("Kỳ báo cáo: 6 tháng 2024")
            .And.Contain("Văn phòng Đăng ký đất đai tỉnh – CN Bình Sơn").And.Contain("Mức độ hài lòng trong tiếp nhận");
        text.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
        (await report.Page.TitleAsync()).Should().Be("Tiến độ thực hiện chỉ tiêu năm 2024");
    }

    [Fact]
    public async Task Names_that_look_like_markup_are_shown_as_text()
    {
        await using var report = await ReportPage.OpenAsync(chromium.Browser, Write(ReportContents.Hostile(ReportText.English, withProgress: true)));

        (await report.Page.Locator("script, b").CountAsync()).Should().Be(0);
        (await report.InnerTextAsync()).Should().Contain("<script>alert('x')</script>").And.Contain("Phòng \"Tư pháp\" & Nội vụ")
            .And.Contain("</text><text>UBND xã Bình Châu");
        (await report.Page.TitleAsync()).Should().Be("Báo cáo <b>thử</b> & \"kiểm tra\"");
        (await report.Page.Locator("svg").CountAsync()).Should().Be(2);
        report.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_marks_title_is_its_tooltip()
    {
        await using var report = await ReportPage.OpenAsync(chromium.Browser, Write(ReportContents.Targets(ReportText.English)));

        var titles = await report.Page.Locator("svg.results-chart g.mark > title").AllTextContentsAsync();

        titles.Should().HaveCount(303).And.Contain("Văn phòng HĐND và UBND huyện: 2023 result 43.41%; 2024 target 45%; clause a");
    }

    [Fact]
    public async Task Printing_to_pdf_gives_a4_pages_with_each_indicator_on_a_page_of_its_own()
    {
        await using var report = await ReportPage.OpenAsync(chromium.Browser, Write(ReportContents.Targets(ReportText.English)));

        var pdf = await report.Page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        await report.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var breaks = await report.Page.EvalOnSelectorAllAsync<string[]>("main > section", "sections => sections.map(s => getComputedStyle(s).breakBefore)");

        pdf.Length.Should().BeGreaterThan(10_000);
        Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");

        // Chromium writes each page's size as its MediaBox, in points: A4 is 595 × 842. The header, ten indicators
        // and the targets table each start a page.
        var pages = Regex.Matches(Encoding.Latin1.GetString(pdf), @"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]");
        pages.Count.Should().BeGreaterThanOrEqualTo(12);
        pages.Should().OnlyContain(page => Math.Round(double.Parse(page.Groups[1].Value, CultureInfo.InvariantCulture)) == 595
            && Math.Round(double.Parse(page.Groups[2].Value, CultureInfo.InvariantCulture)) == 842);
        breaks.Should().HaveCount(11).And.OnlyContain(value => value == "page");
        report.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_sample_report_opens_cleanly_and_its_picture_is_kept_beside_it()
    {
        var output = _temp.File("report.html");
        CliRun.Of(["report", .. ReportCommandTests.SampleArguments(), "-o", output]).ExitCode.Should().Be(0);

        await using var report = await ReportPage.OpenAsync(chromium.Browser, output);

        report.Requests.Should().Equal(report.Url);
        report.Errors.Should().BeEmpty();
        (await report.Page.Locator("svg.results-chart").CountAsync()).Should().Be(10);
        (await report.Page.Locator("svg.progress-chart").CountAsync()).Should().Be(10);
        (await report.InnerTextAsync()).Should().ContainAll(ReportContents.SampleUnits).And.Contain("6 tháng 2024");
        if (Repository.UpdateGoldens)
        {
            // The first indicator whole (its dot chart, its clauses, its progress), as the README shows it.
            await report.Page.Locator("#indicator-1").ScreenshotAsync(new LocatorScreenshotOptions
            {
                Path = Path.Combine(Repository.SamplesFolder, "binh-son-2024-h1", "report.png"),
                Animations = ScreenshotAnimations.Disabled,
            });
        }
    }

    [Fact]
    public async Task The_page_check_sees_a_request_for_anything_else_and_an_error_in_the_console()
    {
        // What the two checks above would see in a page that fetched an image and logged an error; the image's request
        // is refused, so it never leaves the machine.
        var page = _temp.Write("fetching.html", "<!DOCTYPE html><html lang=\"en\"><title>t</title><img src=\"https://example.invalid/logo.png\" alt=\"\"><script>console.error('boom')</script></html>");

        await using var report = await ReportPage.OpenAsync(chromium.Browser, page);

        report.OtherRequests.Should().Equal("https://example.invalid/logo.png");
        report.Errors.Should().Contain("boom");
    }

    public void Dispose() => _temp.Dispose();

    private static ReportContent Sample(bool vietnamese, bool withProgress)
    {
        var text = vietnamese ? ReportText.Vietnamese : ReportText.English;
        return withProgress ? ReportContents.WithProgress(text) : ReportContents.Targets(text);
    }

    private string Write(ReportContent content)
    {
        var path = _temp.File($"report-{Guid.NewGuid():N}.html");
        using var file = File.Create(path);
        HtmlReport.Write(content, file);
        return path;
    }
}
