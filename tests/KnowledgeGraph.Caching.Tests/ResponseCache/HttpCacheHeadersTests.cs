using KnowledgeGraph.Caching.ResponseCache;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Caching.Tests.ResponseCache;

public class HttpCacheHeadersTests
{
    private static readonly string Tag = ETag.For(DashboardQueries.Answer("平鲁区", 9));

    [Fact]
    public void ETags_are_strong_quoted_and_follow_the_body()
    {
        Assert.StartsWith("\"", Tag, StringComparison.Ordinal);
        Assert.EndsWith("\"", Tag, StringComparison.Ordinal);
        Assert.Equal(Tag, ETag.For(DashboardQueries.Answer("平鲁区", 9)));
        Assert.NotEqual(Tag, ETag.For(DashboardQueries.Answer("平鲁区", 10)));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("*", true)]
    [InlineData("\"other\"", false)]
    [InlineData("\"other\", {0}", true)]
    [InlineData("W/{0}", true)] // If-None-Match uses the weak comparison
    public void If_None_Match_is_compared_as_RFC_9110_says(string? header, bool matches) =>
        Assert.Equal(matches, HttpCacheHeaders.IfNoneMatchMatches(header is null ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, header, Tag), Tag));

    [Fact]
    public void A_GET_whose_If_None_Match_names_the_current_answer_becomes_304()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Headers.IfNoneMatch = Tag;

        Assert.True(HttpCacheHeaders.ApplyAndCheckNotModified(context, Tag, TimeSpan.FromMinutes(10)));

        Assert.Equal(StatusCodes.Status304NotModified, context.Response.StatusCode);
        Assert.Equal(Tag, context.Response.Headers.ETag);
        Assert.Equal("private, max-age=600", context.Response.Headers.CacheControl);
        Assert.Equal("Authorization, X-Api-Key", context.Response.Headers.Vary);
    }

    [Fact]
    public void A_GET_with_a_stale_tag_gets_the_body_and_fresh_headers()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Headers.IfNoneMatch = "\"stale\"";

        Assert.False(HttpCacheHeaders.ApplyAndCheckNotModified(context, Tag, TimeSpan.FromSeconds(30)));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(Tag, context.Response.Headers.ETag);
        Assert.Equal("private, max-age=30", context.Response.Headers.CacheControl);
    }

    [Fact]
    public void POST_responses_get_no_caching_headers()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.Headers.IfNoneMatch = Tag;

        Assert.False(HttpCacheHeaders.ApplyAndCheckNotModified(context, Tag, TimeSpan.FromMinutes(1)));
        Assert.False(context.Response.Headers.ContainsKey("ETag"));
    }
}
