using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>Chinese substring search over titles, names, problems and sentences.</summary>
public abstract class SearchConformance : StoreConformance
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LoadAsync(Store, [.. HandBuiltReports.All()]);
    }

    [Fact]
    public async Task A_substring_finds_document_titles()
    {
        var hits = await Store.SearchAsync("综合执法", [SearchKind.Document]);

        var hit = Assert.Single(hits);
        Assert.Equal(PlaceDocumentId("岳阳县乡镇综合执法工作暂行规定", "岳阳县"), hit.NodeId);
        Assert.Contains("【综合执法】", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_reaches_bodies_problems_and_report_sentences()
    {
        var hits = await Store.SearchAsync("行政审批服务");
        Assert.Contains(hits, h => h.Kind == SearchKind.Agency && h.Text == "平鲁区行政审批服务管理局");

        var problems = await Store.SearchAsync("宣传手段", [SearchKind.Problem]);
        Assert.Single(problems);

        var sentences = await Store.SearchAsync("示范乡镇", [SearchKind.Sentence]);
        Assert.Contains("公田镇", Assert.Single(sentences).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queries_shorter_than_three_characters_still_match()
    {
        var two = await Store.SearchAsync("民宗", [SearchKind.Agency]);
        Assert.Equal("高邑县民宗局", Assert.Single(two).Text);

        var one = await Store.SearchAsync("镇", [SearchKind.Region]);
        Assert.Contains(one, h => h.Text == "公田镇");
        Assert.Contains("【镇】", one[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Short_queries_follow_a_corrected_name()
    {
        var agency = Assert.Single(await Store.SearchAsync("民宗", [SearchKind.Agency]));

        await Store.CorrectFactAsync(agency.NodeId, new Dictionary<string, string?> { ["name"] = "高邑县民族宗教事务局" }, new("curator@example", "full name"));

        Assert.Empty(await Store.SearchAsync("民宗", [SearchKind.Agency]));
        var renamed = Assert.Single(await Store.SearchAsync("宗教", [SearchKind.Agency]));
        Assert.Equal((agency.NodeId, "高邑县民族【宗教】事务局"), (renamed.NodeId, renamed.Snippet));
        Assert.Contains(await Store.SearchAsync("族", [SearchKind.Agency]), h => h.NodeId == agency.NodeId);
    }

    [Fact]
    public async Task Short_queries_rank_shorter_texts_first_and_respect_the_limit()
    {
        var all = await Store.SearchAsync("乡镇", [SearchKind.Sentence], limit: 1000);
        var two = await Store.SearchAsync("乡镇", [SearchKind.Sentence], limit: 2);

        Assert.True(all.Count > 2);
        Assert.Equal(all.Select(h => h.Text.Length).Order(), all.Select(h => h.Text.Length));
        Assert.Equal(all.Take(2).Select(h => h.NodeId), two.Select(h => h.NodeId));
        Assert.All(all, h => Assert.Contains("【乡镇】", h.Snippet, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("法")]
    [InlineData("法治")]
    [InlineData("综合执法")]
    public async Task Hits_of_every_length_come_shortest_text_first_then_by_kind(string query)
    {
        var all = await Store.SearchAsync(query, limit: 1000);
        var first = await Store.SearchAsync(query, limit: 5);

        Assert.True(all.Select(h => h.Kind).Distinct().Count() > 1, "the query should reach several kinds");
        Assert.Equal(all.OrderBy(h => h.Text.Length).ThenBy(h => h.Kind).Select(h => (h.Text.Length, h.Kind)), all.Select(h => (h.Text.Length, h.Kind)));
        Assert.Equal(all.Take(5).Select(h => h.NodeId), first.Select(h => h.NodeId));
        Assert.All(all, h => Assert.Contains("【" + query + "】", h.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_matches_text_that_is_not_there_and_limits_hold()
    {
        Assert.Empty(await Store.SearchAsync("量子计算机"));
        Assert.Empty(await Store.SearchAsync("   "));
        Assert.Equal(2, (await Store.SearchAsync("法治", limit: 2)).Count);
        Assert.Empty(await Store.SearchAsync("\"OR 1=1 --"));
    }
}
