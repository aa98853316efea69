using Microsoft.Playwright;

namespace KnowledgeGraph.Explorer.Tests;

/// <summary>
/// Debian's chromium (apt-get install chromium), headless, with a fresh profile.
/// Playwright's own browser downloads are not used: `playwright install` is never run.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private Chromium(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    /// <summary>One persistent context: Playwright takes the fresh user-data-dir here, not as an argument.</summary>
    public IBrowserContext Context { get; }

    public static async Task<Chromium> LaunchAsync(Uri baseAddress)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: run scripts/install-test-deps.sh (apt-get install -y chromium).");
        }

        var profile = Directory.CreateTempSubdirectory("kg-explorer-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            BaseURL = baseAddress.ToString(),
            ViewportSize = Viewports.Desktop,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        return new Chromium(playwright, context, profile);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // chromium's helper processes may linger briefly; the temp profile is harmless.
        }
    }
}
