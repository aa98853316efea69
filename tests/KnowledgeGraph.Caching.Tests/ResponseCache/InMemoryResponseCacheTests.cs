using KnowledgeGraph.Caching.ResponseCache;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Caching.Tests.ResponseCache;

/// <summary>The single-instance cache, used when no Redis is configured.</summary>
public class InMemoryResponseCacheTests
{
    private readonly DistributedResponseCache _cache = new(
        new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())), new InProcessGraphVersion());

    [Fact]
    public async Task A_stored_query_answer_is_found_again_with_its_ETag()
    {
        var request = DashboardQueries.Trace("""{"region":"唐山高新技术产业开发区"}""");
        var answer = DashboardQueries.Answer("唐山高新技术产业开发区", 38);

        var miss = await _cache.LookupAsync(request);
        Assert.True(miss.IsCacheable);
        Assert.Null(miss.Hit);
        var stored = await _cache.StoreAsync(miss, answer);

        var hit = (await _cache.LookupAsync(request with { VariablesJson = """{ "region" : "唐山高新技术产业开发区" }""" })).Hit;
        Assert.NotNull(hit);
        Assert.Equal(answer, hit.Body.ToArray());
        Assert.Equal(stored!.ETag, hit.ETag);
        Assert.Equal(ETag.For(answer), hit.ETag);
    }

    [Fact]
    public async Task Roles_do_not_share_answers()
    {
        var reader = DashboardQueries.Trace("""{"region":"高邑县"}""", role: "reader");
        await _cache.StoreAsync(await _cache.LookupAsync(reader), DashboardQueries.Answer("高邑县", 12));

        Assert.Null((await _cache.LookupAsync(reader with { Role = "curator" })).Hit);
        Assert.NotNull((await _cache.LookupAsync(reader)).Hit);
    }

    [Fact]
    public async Task Mutations_are_never_cached()
    {
        var mutation = new ResponseCacheRequest(DashboardQueries.RenameMutation, "Curate", """{"id":"QWdlbmN5OjE=","name":"县司法局"}""", "curator", IsQuery: false);

        var lookup = await _cache.LookupAsync(mutation);

        Assert.False(lookup.IsCacheable);
        Assert.Null(await _cache.StoreAsync(lookup, """{"data":{}}"""u8.ToArray()));
        Assert.Null((await _cache.LookupAsync(mutation)).Hit);
    }

    [Fact]
    public async Task A_graph_version_bump_hides_every_earlier_answer()
    {
        var request = DashboardQueries.Trace("""{"region":"岳阳县"}""");
        await _cache.StoreAsync(await _cache.LookupAsync(request), DashboardQueries.Answer("岳阳县", 5));
        var before = await _cache.GetGraphVersionAsync();

        var after = await _cache.BumpGraphVersionAsync();

        Assert.Equal(before + 1, after);
        var lookup = await _cache.LookupAsync(request);
        Assert.Null(lookup.Hit);
        Assert.Equal(after, lookup.GraphVersion);
    }

    [Fact]
    public async Task An_answer_computed_across_a_bump_is_filed_under_the_version_it_started_from()
    {
        var request = DashboardQueries.Trace("""{"region":"富蕴县"}""");
        var lookup = await _cache.LookupAsync(request);

        await _cache.BumpGraphVersionAsync(); // an ingest lands while the query runs
        await _cache.StoreAsync(lookup, DashboardQueries.Answer("富蕴县", 3));

        Assert.Null((await _cache.LookupAsync(request)).Hit);
    }

    [Fact]
    public async Task A_non_positive_time_to_live_is_refused()
    {
        var lookup = await _cache.LookupAsync(DashboardQueries.Trace("{}"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _cache.StoreAsync(lookup, new byte[] { 1 }, TimeSpan.Zero).AsTask());
    }
}
