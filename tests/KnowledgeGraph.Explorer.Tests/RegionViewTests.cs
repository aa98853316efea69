using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed partial class RegionViewTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task 高邑县_shows_the_entrustments_by_县民宗局_and_县交通运输局_on_the_graph()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync(ExplorerUrl.View("region", ("name", "高邑县")));
        await Expect(page.Locator("h1")).ToContainTextAsync("高邑县");
        await Expect(page.Locator("#delegation-graph canvas").First).ToBeVisibleAsync();

        var edges = await DelegationGraph.EdgesAsync(page);
        Assert.Contains(edges, e => e.From.EndsWith("县民宗局", StringComparison.Ordinal) && e.Label.StartsWith("委托", StringComparison.Ordinal));
        Assert.Contains(edges, e => e.From.EndsWith("县交通运输局", StringComparison.Ordinal) && e.Label.StartsWith("委托", StringComparison.Ordinal));
        // Each entrustment reaches the townships.
        var entrusted = edges.Where(e => e.From.EndsWith("县民宗局", StringComparison.Ordinal)).Select(e => e.To).ToHashSet();
        Assert.Contains(edges, e => entrusted.Contains(e.From) && e.To.Length > 0);

        // The same relations are readable as text beside the drawing.
        var facts = page.Locator("#graph-facts li");
        await Expect(facts.Filter(new() { HasTextRegex = EntrustedByMinzong() })).Not.ToHaveCountAsync(0);
        await Expect(facts.Filter(new() { HasTextRegex = EntrustedByTransport() })).Not.ToHaveCountAsync(0);
        await tab.ScreenshotAsync("region-gaoyi");
        tab.AssertCleanRun();
    }

    [Fact]
    public async Task Filters_live_in_the_address_and_a_shared_link_restores_them()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync(ExplorerUrl.View("region", ("name", "高邑县")));
        var rows = page.Locator("table.delegations tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        var all = await rows.CountAsync();

        // As a reader does: focus the filter, pick a value; the view re-renders and keeps the focus there.
        await page.Locator("#filter-mode").FocusAsync();
        await page.Locator("#filter-mode").SelectOptionAsync("ENTRUST");
        await Expect(page).ToHaveURLAsync(new Regex("mode=ENTRUST"));
        await Expect(page.Locator("#filter-mode")).ToBeFocusedAsync();
        await Expect(rows.First).ToBeVisibleAsync();
        foreach (var mode in await page.Locator("table.delegations tbody tr td:nth-child(3)").AllInnerTextsAsync())
        {
            Assert.Equal("委托", mode.Trim());
        }

        await page.Locator("#filter-field").SelectOptionAsync("宗教管理");
        await Expect(page).ToHaveURLAsync(new Regex("field="));
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("民宗局");
        var shared = page.Url;
        await tab.ScreenshotAsync("region-gaoyi-filtered");

        await using var other = await fixture.OpenPageAsync();
        await other.Page.GotoAsync(shared);
        await Expect(other.Page.Locator("#filter-mode")).ToHaveValueAsync("ENTRUST");
        await Expect(other.Page.Locator("#filter-field")).ToHaveValueAsync("宗教管理");
        await Expect(other.Page.Locator("table.delegations tbody tr")).ToHaveCountAsync(1);

        await other.Page.GetByRole(AriaRole.Button, new() { Name = "清除筛选" }).ClickAsync();
        await Expect(other.Page.Locator("table.delegations tbody tr")).ToHaveCountAsync(all);
        tab.AssertCleanRun();
        other.AssertCleanRun();
    }

    [Fact]
    public async Task On_a_phone_the_township_view_fits_the_screen_and_evidence_covers_it()
    {
        await using var tab = await fixture.OpenPageAsync(Viewports.Phone);
        var page = tab.Page;
        await page.GotoAsync(ExplorerUrl.View("region", ("name", "公田镇")));
        await Expect(page.Locator("table.delegations tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#delegation-graph canvas").First).ToBeVisibleAsync();

        Assert.True(
            await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "The page scrolls sideways on a phone.");
        await tab.ScreenshotAsync("region-gongtian-phone");

        await page.Locator("table.delegations tbody tr").First.GetByRole(AriaRole.Button).Filter(new() { HasTextRegex = new Regex("^原文") }).First.ClickAsync();
        var panel = page.GetByRole(AriaRole.Dialog);
        await Expect(panel.Locator("#evidence-mark")).ToBeVisibleAsync();
        var box = await panel.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.Equal(Viewports.Phone.Width, box.Width, 1.0);
        await tab.ScreenshotAsync("evidence-phone");
        tab.AssertCleanRun();
    }

    [Fact]
    public async Task An_unknown_region_says_it_was_not_found()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync(ExplorerUrl.View("region", ("name", "不存在镇")));
        await Expect(page.Locator("main")).ToContainTextAsync("没有找到名为“不存在镇”的地区");
        tab.AssertCleanRun();
    }

    [GeneratedRegex("县民宗局委托")]
    private static partial Regex EntrustedByMinzong();

    [GeneratedRegex("县交通运输局委托")]
    private static partial Regex EntrustedByTransport();
}
