using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class GraphiQLTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task GraphiQL_is_served_locally_and_runs_its_example_against_graphql()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/graphiql/");
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        // GraphiQL fills its editor with the example after mounting; a click before that sends an empty query
        // (seen on a loaded machine), so wait for the example to be in the editor first.
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("traceAuthority");

        await page.Locator(".graphiql-execute-button").ClickAsync();
        var result = page.Locator(".result-window");
        await Expect(result).ToContainTextAsync("traceAuthority");
        await Expect(result).ToContainTextAsync("公田镇");
        await tab.ScreenshotAsync("graphiql");
        tab.AssertCleanRun();
    }

    [Theory]
    [InlineData("/graphiql")]
    [InlineData("/graphql")]
    public async Task A_browser_opening_the_usual_addresses_gets_GraphiQL(string address)
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync(address);
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        tab.AssertCleanRun();
    }
}
