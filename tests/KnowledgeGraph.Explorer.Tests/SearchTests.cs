using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class SearchTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Searching_公田镇_shows_its_delegations_under_the_Yueyang_regulation()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索地区、机关、文件" }).FillAsync("公田镇");
        await page.Keyboard.PressAsync("Enter");
        var hit = page.Locator("li.hit-region").GetByRole(AriaRole.Link, new() { Name = "公田镇", Exact = true });
        await Expect(hit).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#/search\\?q="));
        await tab.ScreenshotAsync("search-gongtian");

        await hit.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("公田镇");
        var rows = page.Locator("table.delegations tbody tr");
        await Expect(rows.Filter(new() { HasText = "《岳阳县乡镇综合执法工作暂行规定》" })).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#delegation-graph canvas").First).ToBeVisibleAsync();
        await tab.ScreenshotAsync("region-gongtian");
        tab.AssertCleanRun();
    }

    [Fact]
    public async Task The_keyboard_alone_searches_and_opens_a_county()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToContainTextAsync("权限下放查询");
        // The start page lists the five seeded reports.
        await Expect(page.Locator("ul.report-list > li")).ToHaveCountAsync(5);
        await tab.ScreenshotAsync("home");

        var searchbox = page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索地区、机关、文件" });
        await TabUntilAsync(page, searchbox);
        // InsertText delivers the text the way an IME commits Chinese characters.
        await page.Keyboard.InsertTextAsync("高邑县");
        await page.Keyboard.PressAsync("Enter");

        var hit = page.Locator("li.hit-region").GetByRole(AriaRole.Link, new() { Name = "高邑县", Exact = true });
        await Expect(hit).ToBeVisibleAsync();
        await TabUntilAsync(page, hit);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("h1")).ToContainTextAsync("高邑县");
        await Expect(page.Locator("h1")).ToBeFocusedAsync();
        tab.AssertCleanRun();
    }

    [Fact]
    public async Task A_search_without_matches_says_so()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync(ExplorerUrl.View("search", ("q", "不存在的乡镇名称甲乙丙")));

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("没有找到");
        await Expect(page.Locator("ol.hits")).ToHaveCountAsync(0);
        tab.AssertCleanRun();
    }

    /// <summary>Presses Tab until the target has focus, as a keyboard user would; fails if it never does.</summary>
    internal static async Task TabUntilAsync(IPage page, ILocator target, int maxPresses = 30)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {target} within {maxPresses} presses.");
    }
}
