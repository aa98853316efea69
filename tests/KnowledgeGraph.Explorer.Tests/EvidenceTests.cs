using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class EvidenceTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Clicking_a_fact_opens_the_report_at_the_quote_and_Escape_closes_it()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync(ExplorerUrl.View("region", ("name", "高邑县")));
        var row = page.Locator("table.delegations tbody tr").Filter(new() { HasText = "民宗局" }).First;
        var source = row.Locator("td:last-child").GetByRole(AriaRole.Button).First;
        await Expect(source).ToBeVisibleAsync();
        var quote = await source.GetAttributeAsync("title");
        Assert.False(string.IsNullOrEmpty(quote));

        await source.ClickAsync();
        var panel = page.GetByRole(AriaRole.Dialog);
        var mark = panel.Locator("#evidence-mark");
        await Expect(mark).ToHaveTextAsync(quote);
        await Expect(mark).ToContainTextAsync("民宗局");
        await Expect(panel.Locator("h2")).ToContainTextAsync("高邑县 2020 年报告");
        await Expect(page).ToHaveURLAsync(new Regex("[?&]ev="));
        Assert.True(await QuoteIsInViewAsync(page), "The quoted sentence is not scrolled into the report pane.");
        await tab.ScreenshotAsync("evidence-gaoyi");
        var shared = page.Url;

        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToBeHiddenAsync();
        await Expect(source).ToBeFocusedAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("[?&]ev="));

        // The link with the evidence opens the same report at the same sentence.
        await using var other = await fixture.OpenPageAsync();
        await other.Page.GotoAsync(shared);
        await Expect(other.Page.GetByRole(AriaRole.Dialog).Locator("#evidence-mark")).ToHaveTextAsync(quote);
        tab.AssertCleanRun();
        other.AssertCleanRun();
    }

    [Fact]
    public async Task A_tap_on_a_delegation_in_the_graph_opens_its_evidence()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync(ExplorerUrl.View("region", ("name", "公田镇")));
        await Expect(page.Locator("#delegation-graph canvas").First).ToBeVisibleAsync();

        // Where cytoscape placed the first delegation node, in page coordinates.
        var point = await page.Locator("#delegation-graph").EvaluateAsync<float[]>(
            """
            el => {
              const node = el._cyreg.cy.nodes('[kind = "delegation"]').first();
              const p = node.renderedPosition();
              const r = el.getBoundingClientRect();
              return [r.left + p.x, r.top + p.y];
            }
            """);
        await page.Mouse.ClickAsync(point[0], point[1]);

        await Expect(page.GetByRole(AriaRole.Dialog).Locator("#evidence-mark")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]ev="));
        tab.AssertCleanRun();
    }

    private static Task<bool> QuoteIsInViewAsync(IPage page) => page.EvaluateAsync<bool>(
        """
        () => {
          const mark = document.getElementById('evidence-mark').getBoundingClientRect();
          const pane = document.querySelector('#evidence .report-text').getBoundingClientRect();
          return mark.top >= pane.top && mark.top < pane.bottom;
        }
        """);
}
