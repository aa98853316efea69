using System.Text.Json;
using KnowledgeGraph.Extraction.Json;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class FactsJsonTests
{
    [Fact]
    public void Extract_json_is_one_line_in_the_issue_format()
    {
        var json = FactsJson.Serialize(Reports.Facts("gaoyi-county-2020"));
        Assert.DoesNotContain('\n', json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["report", "documents", "agencies", "townships", "delegations", "responsibilities", "problems", "metrics"], root.EnumerateObject().Select(p => p.Name));

        var report = root.GetProperty("report");
        Assert.Equal("高邑县", report.GetProperty("jurisdiction").GetString());
        Assert.Equal("county", report.GetProperty("level").GetString());
        Assert.Equal("2021-02-26", report.GetProperty("issuedDate").GetString());

        var doc65 = root.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("number").GetString() == "高政办发〔2020〕65号");
        Assert.Equal("local", doc65.GetProperty("kind").GetString());
        Assert.Equal(["title", "number", "issuer", "kind", "year", "basedOn", "evidence"], doc65.EnumerateObject().Select(p => p.Name));
        var evidence = doc65.GetProperty("evidence")[0];
        Assert.Equal(["start", "end", "quote"], evidence.EnumerateObject().Select(p => p.Name));

        var delegation = root.GetProperty("delegations").EnumerateArray().First();
        Assert.Equal("委托", delegation.GetProperty("mode").GetString());
        Assert.Equal("2020-05-18", delegation.GetProperty("date").GetString());
        Assert.Equal(["mode", "from", "to", "matters", "itemCount", "date", "authorizedBy", "evidence"], delegation.EnumerateObject().Select(p => p.Name));
        Assert.Equal("牵头", root.GetProperty("responsibilities")[0].GetProperty("role").GetString());
        Assert.Contains("高邑县司法局", json, StringComparison.Ordinal); // Chinese is written as is, not \u-escaped
    }

    [Theory]
    [MemberData(nameof(Reports.All), MemberType = typeof(Reports))]
    public void Extract_json_round_trips(string name)
    {
        var facts = Reports.Facts(name);
        var json = FactsJson.Serialize(facts);
        var back = FactsJson.Deserialize(json);
        Assert.Equal(json, FactsJson.Serialize(back));
        Assert.All(back.Metrics.SelectMany(m => m.Evidence), e => Assert.Equal(back.OriginalText[e.Start..e.End], e.Quote));
    }

    [Fact]
    public void Broken_json_is_a_clear_error()
    {
        Assert.Throws<ReportFormatException>(() => FactsJson.Deserialize("{\"report\": "));
        Assert.Throws<ReportFormatException>(() => FactsJson.Deserialize("""{"report":{"jurisdiction":"x","year":2020},"delegations":[{"mode":"偷走","to":[]}]}"""));
    }
}
