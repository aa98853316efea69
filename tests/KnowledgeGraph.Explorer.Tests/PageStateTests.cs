using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class PageStateTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task While_the_API_answers_the_page_shows_that_it_is_loading()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Hold the GraphQL request until the loading state has been seen.
        await page.RouteAsync("**/graphql", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });

        await page.GotoAsync(ExplorerUrl.View("region", ("name", "高邑县")));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "加载中" })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToHaveAttributeAsync("aria-busy", "true");
        await tab.ScreenshotAsync("state-loading");

        release.SetResult();
        await Expect(page.Locator("h1")).ToContainTextAsync("高邑县");
        await Expect(page.Locator("main")).Not.ToHaveAttributeAsync("aria-busy", "true");
        tab.AssertCleanRun();
    }

    [Fact]
    public async Task When_the_API_fails_the_page_says_so_and_retry_recovers()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        // The browser logs the failed response itself; that one console error is the point of this test.
        tab.ExpectConsoleError("503");
        await page.RouteAsync("**/graphql", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 503,
            ContentType = "application/json",
            Body = """{"errors":[{"message":"store unavailable"}]}""",
        }));

        await page.GotoAsync(ExplorerUrl.View("region", ("name", "高邑县")));
        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("store unavailable");
        await tab.ScreenshotAsync("state-error");

        await page.UnrouteAllAsync();
        await alert.GetByRole(AriaRole.Button, new() { Name = "重试" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("高邑县");
        await Expect(page.Locator("table.delegations tbody tr").First).ToBeVisibleAsync();
        tab.AssertCleanRun();
    }
}
