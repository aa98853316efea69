using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class ProblemsViewTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task 岳阳县_lists_its_problems_by_year_with_a_metrics_chart_and_evidence()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync(ExplorerUrl.View("problems", ("region", "岳阳县")));

        await Expect(page.Locator("h1")).ToContainTextAsync("岳阳县：问题与指标");
        var problems = page.Locator("li.problem");
        await Expect(problems.First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2021年" })).ToBeVisibleAsync();
        await Expect(page.Locator("svg.metrics-chart rect.chart-bar").First).ToBeVisibleAsync();
        await tab.ScreenshotAsync("problems-yueyang");

        var first = problems.First;
        var quote = await first.GetByRole(AriaRole.Button).First.GetAttributeAsync("title");
        await first.GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog).Locator("#evidence-mark")).ToHaveTextAsync(quote ?? "");
        await page.Keyboard.PressAsync("Escape");

        // A bar of the chart is a button too: Enter opens the sentence the figure comes from.
        await page.Locator("svg.metrics-chart .chart-item").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Dialog).Locator("#evidence-mark")).ToBeVisibleAsync();
        tab.AssertCleanRun();
    }
}
