namespace KnowledgeGraph.Api.Tests;

/// <summary>Documents by number and title, and the lists dashboards filter and sort.</summary>
public class DocumentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("高政办发〔2020〕65号")]
    [InlineData("高政办发[2020]65号")]
    [InlineData("高政办发(2020)65号")]
    public async Task A_number_in_any_bracket_style_resolves_to_its_document(string number)
    {
        var response = await api.PostAsync("""
            query($n: String) { document(number: $n) { title kind number { text issuerCode year serial } evidence { quote } } }
            """, new { n = number });
        var document = response.DataOrFail()["document"]!;
        Assert.Equal("高邑县重大行政决策程序实施细则", document["title"]!.GetValue<string>());
        Assert.Equal("高政办发〔2020〕65号", document["number"]!["text"]!.GetValue<string>());
        Assert.Equal("高政办发", document["number"]!["issuerCode"]!.GetValue<string>());
        Assert.Equal(2020, document["number"]!["year"]!.GetValue<int>());
        Assert.Equal("65", document["number"]!["serial"]!.GetValue<string>());
        Assert.Contains(document["evidence"]!.AsArray(), e => e!["quote"]!.GetValue<string>().Contains("高政办发〔2020〕65号", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Documents_issued_by_the_Gaoyi_government_office_in_2020_come_filtered_and_sorted()
    {
        var response = await api.PostAsync("""
            {
              documents(first: 50, where: { issuer: { eq: "高邑县人民政府办公室" }, year: { eq: 2020 } }, order: [{ number: ASC }]) {
                totalCount
                nodes { title number { text } issuerName year }
                pageInfo { hasNextPage }
              }
            }
            """);
        var documents = response.DataOrFail()["documents"]!;
        var nodes = documents["nodes"]!.AsArray();
        Assert.Equal(nodes.Count, documents["totalCount"]!.GetValue<int>());
        Assert.Contains(nodes, n => n!["number"]?["text"]?.GetValue<string>() == "高政办发〔2020〕65号");
        Assert.All(nodes, n =>
        {
            Assert.Equal("高邑县人民政府办公室", n!["issuerName"]!.GetValue<string>());
            Assert.Equal(2020, n["year"]!.GetValue<int>());
        });
    }

    [Fact]
    public async Task Paging_forward_visits_every_document_once()
    {
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var response = await api.PostAsync("""
                query($after: String) { documents(first: 7, after: $after, order: [{ title: ASC }]) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }
                """, new { after });
            var page = response.DataOrFail()["documents"]!;
            total = page["totalCount"]!.GetValue<int>();
            seen.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task More_than_500_a_page_is_refused_with_a_clear_error()
    {
        var response = await api.PostAsync("{ documents(first: 501) { totalCount } }");
        var error = Assert.Single(response.Errors)!;
        Assert.Contains("at most 500", error["message"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Node_fetches_any_object_by_its_global_id()
    {
        var list = await api.PostAsync("{ documents(first: 1) { nodes { id title } } }");
        var first = list.DataOrFail()["documents"]!["nodes"]!.AsArray()[0]!;
        var response = await api.PostAsync("query($id: ID!) { node(id: $id) { __typename id ... on Document { title } } }", new { id = first["id"]!.GetValue<string>() });
        var node = response.DataOrFail()["node"]!;
        Assert.Equal("Document", node["__typename"]!.GetValue<string>());
        Assert.Equal(first["title"]!.GetValue<string>(), node["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nodes_keeps_the_order_given_with_null_for_unknown_ids()
    {
        var list = await api.PostAsync("{ documents(first: 2, order: [{ title: ASC }]) { nodes { id } } }");
        var ids = list.DataOrFail()["documents"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        var response = await api.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { ids[1], "Document:unknown", ids[0] } });
        var nodes = response.DataOrFail()["nodes"]!.AsArray();
        Assert.Equal(3, nodes.Count);
        Assert.Equal(ids[1], nodes[0]!["id"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Equal(ids[0], nodes[2]!["id"]!.GetValue<string>());
    }
}
