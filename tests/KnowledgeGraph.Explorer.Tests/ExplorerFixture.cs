using Microsoft.Playwright;

namespace KnowledgeGraph.Explorer.Tests;

/// <summary>One API and one browser for all explorer tests: starting either is the slow part.</summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    private ApiServer? _api;
    private Chromium? _chromium;

    public Uri BaseAddress => _api?.BaseAddress ?? throw new InvalidOperationException("The API is not started.");

    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        // The API shares two cores with other work; give the pages time rather than fail on a slow answer.
        Assertions.SetDefaultExpectTimeout(30_000);
        _api = await ApiServer.StartAsync(CancellationToken.None);
        _chromium = await Chromium.LaunchAsync(_api.BaseAddress);
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A new tab that records console errors and outside requests for <see cref="BrowserPage.AssertCleanRun"/>.</summary>
    public async Task<BrowserPage> OpenPageAsync(ViewportSize? viewport = null)
    {
        var context = _chromium?.Context ?? throw new InvalidOperationException("The browser is not started.");
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync((viewport ?? Viewports.Desktop).Width, (viewport ?? Viewports.Desktop).Height);
        return new BrowserPage(page);
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "explorer";
}
