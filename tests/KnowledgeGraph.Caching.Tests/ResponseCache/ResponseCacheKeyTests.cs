using KnowledgeGraph.Caching.ResponseCache;

namespace KnowledgeGraph.Caching.Tests.ResponseCache;

public class ResponseCacheKeyTests
{
    [Fact]
    public void Variables_in_another_order_or_layout_give_the_same_key()
    {
        var compact = DashboardQueries.Trace("""{"region":"岳阳县","matter":"行政处罚"}""");
        var spaced = DashboardQueries.Trace("""
            {
              "matter": "\u884c\u653f\u5904\u7f5a",
              "region": "岳阳县"
            }
            """);

        Assert.Equal(ResponseCacheKey.Compute(compact, 7), ResponseCacheKey.Compute(spaced, 7));
    }

    [Fact]
    public void Every_part_of_the_request_and_the_graph_version_changes_the_key()
    {
        var request = DashboardQueries.Trace("""{"region":"富蕴县"}""");
        var key = ResponseCacheKey.Compute(request, 1);

        Assert.NotEqual(key, ResponseCacheKey.Compute(request, 2));
        Assert.NotEqual(key, ResponseCacheKey.Compute(request with { Role = "curator" }, 1));
        Assert.NotEqual(key, ResponseCacheKey.Compute(request with { OperationName = null }, 1));
        Assert.NotEqual(key, ResponseCacheKey.Compute(request with { VariablesJson = """{"region":"高邑县"}""" }, 1));
        Assert.NotEqual(key, ResponseCacheKey.Compute(request with { Document = request.Document.Replace("itemCount", "itemCount date", StringComparison.Ordinal) }, 1));
    }

    [Fact]
    public void Parts_cannot_run_into_each_other()
    {
        var a = new ResponseCacheRequest("{ a }", "ab", null, "c", true);
        var b = new ResponseCacheRequest("{ a }", "a", null, "bc", true);
        Assert.NotEqual(ResponseCacheKey.Compute(a, 1), ResponseCacheKey.Compute(b, 1));
    }

    [Theory]
    [InlineData(null, "{}")]
    [InlineData("", "{}")]
    [InlineData("null", "{}")]
    [InlineData(" { } ", "{}")]
    [InlineData("""{"b":[3,{"y":1,"x":2}],"a":null}""", """{"a":null,"b":[3,{"x":2,"y":1}]}""")]
    [InlineData("""{"region":"平鲁区","year":2020}""", """{"region":"\u5E73\u9C81\u533A","year":2020}""")]
    public void Variables_are_canonicalized(string? variables, string canonical) =>
        Assert.Equal(canonical, VariablesCanonicalizer.Canonicalize(variables));
}
