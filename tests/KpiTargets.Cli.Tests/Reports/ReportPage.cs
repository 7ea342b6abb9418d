using Microsoft.Playwright;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// A report file opened in a fresh browser context, with every request routed through a check: the file itself is
/// served, anything else is refused and recorded, and so is every console error and uncaught page error.
/// </summary>
internal sealed class ReportPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private ReportPage(IBrowserContext context, IPage page, string url)
    {
        _context = context;
        Page = page;
        Url = url;
    }

    /// <summary>The page showing the report.</summary>
    public IPage Page { get; }

    /// <summary>The report's <c>file://</c> address.</summary>
    public string Url { get; }

    /// <summary>Every request the page made, the report's own included.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Every request other than the report's own, which was refused.</summary>
    public List<string> OtherRequests { get; } = [];

    /// <summary>Console messages of type error, and errors thrown in the page.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Opens <paramref name="path"/> in a new context of <paramref name="browser"/>.</summary>
    public static async Task<ReportPage> OpenAsync(IBrowser browser, string path, bool javaScript = true)
    {
        var url = new Uri(path).AbsoluteUri;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, ViewportSize = new ViewportSize { Width = 1100, Height = 1400 } });
        var page = await context.NewPageAsync();
        var report = new ReportPage(context, page, url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                report.Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => report.Errors.Add(error);
        page.Request += (_, request) => report.Requests.Add(request.Url);
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url == url)
            {
                await route.ContinueAsync();
            }
            else
            {
                report.OtherRequests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return report;
    }

    /// <summary>The text of the page as a reader sees it.</summary>
    public Task<string> InnerTextAsync() => Page.InnerTextAsync("body");

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
