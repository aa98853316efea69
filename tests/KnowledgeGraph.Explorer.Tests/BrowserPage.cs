using Microsoft.Playwright;

namespace KnowledgeGraph.Explorer.Tests;

/// <summary>
/// A browser tab under test: it collects console errors, uncaught exceptions and any request that leaves
/// the loopback server (the pages must load nothing from a CDN).
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> _errors = [];
    private readonly List<string> _expected = [];

    internal BrowserPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_errors)
                {
                    _errors.Add($"console: {message.Text} ({message.Location})");
                }
            }
        };
        page.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url)
                && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                && !url.IsLoopback)
            {
                lock (_errors)
                {
                    _errors.Add($"request left the server: {request.Url}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add($"uncaught: {error}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Tolerates console errors containing this text: only for tests that provoke a failure on purpose.</summary>
    public void ExpectConsoleError(string fragment) => _expected.Add(fragment);

    /// <summary>No console errors, no uncaught exceptions, no requests beyond the API's own origin.</summary>
    public void AssertCleanRun()
    {
        string[] unexpected;
        lock (_errors)
        {
            unexpected = [.. _errors.Where(e => !_expected.Any(x => e.Contains(x, StringComparison.Ordinal)))];
        }

        Assert.True(unexpected.Length == 0, "The page misbehaved:\n" + string.Join('\n', unexpected));
    }

    /// <summary>Saves a full-page screenshot to artifacts/screenshots/&lt;name&gt;.png.</summary>
    public async Task ScreenshotAsync(string name)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ExplorerFixture.ScreenshotDirectory, name + ".png"),
            FullPage = true,
        });
    }

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
