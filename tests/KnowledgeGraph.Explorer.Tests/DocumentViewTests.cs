using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Explorer.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class DocumentViewTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task The_Yueyang_regulation_shows_its_details_and_the_39_matters_it_devolves()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync(ExplorerUrl.View("region", ("name", "公田镇")));
        await page.Locator("table.delegations").GetByRole(AriaRole.Link, new() { Name = "《岳阳县乡镇综合执法工作暂行规定》" }).First.ClickAsync();

        await Expect(page.Locator("h1")).ToContainTextAsync("《岳阳县乡镇综合执法工作暂行规定》");
        var facts = page.Locator("dl.facts");
        await Expect(facts).ToContainTextAsync("文号");
        await Expect(facts).ToContainTextAsync("发文机关");
        await Expect(facts).ToContainTextAsync("岳阳县2021年报告");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "它所依据的文件" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "依据它制定的文件" })).ToBeVisibleAsync();
        var authorized = page.Locator("table.delegations tbody tr");
        await Expect(authorized.Filter(new() { HasText = "下放" }).Locator("td.num", new() { HasText = "39" })).Not.ToHaveCountAsync(0);
        await tab.ScreenshotAsync("document-yueyang-regulation");
        tab.AssertCleanRun();
    }

    [Fact]
    public async Task A_document_number_link_resolves_to_the_Gaoyi_decision_rules()
    {
        await using var tab = await fixture.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync(ExplorerUrl.View("document", ("number", "高政办发〔2020〕65号")));

        await Expect(page.Locator("h1")).ToContainTextAsync("《高邑县重大行政决策程序实施细则》");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("高政办发〔2020〕65号");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("2020年");
        await tab.ScreenshotAsync("document-gaoyi-65");
        tab.AssertCleanRun();
    }
}
