using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>Migration 006 merges each window index into one segment; the answers must not change.</summary>
public sealed class SearchSegmentMergeTests : IDisposable
{
    private static readonly string[] Indexes = ["region_search", "agency_search", "document_search", "problem_search", "sentence_search"];

    // every query class of the search: 1, 2, 3 and 4+ characters, common and rare, and no match
    private static readonly string[] Queries = ["镇", "法", "乡镇", "执法", "综合执", "行政执法", "法治政府建设", "公田镇", "平鲁区行政审批服务管理局", "量子计算机"];

    private readonly TempDatabase _db = new();

    private static async Task<long> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<string>> AnswersAsync(SqliteGraphStore store)
    {
        var answers = new List<string>();
        foreach (var query in Queries)
        {
            answers.AddRange((await store.SearchAsync(query, limit: 1000)).Select(h => $"{query}|{h.Kind}|{h.NodeId}|{h.Snippet}"));
            foreach (var kind in Enum.GetValues<SearchKind>())
            {
                answers.AddRange((await store.SearchAsync(query, [kind], limit: 3)).Select(h => $"{query}|{kind}|{h.NodeId}"));
            }
        }
        return answers;
    }

    [Fact]
    public async Task Merging_the_segments_of_a_loaded_graph_keeps_every_hit_in_the_same_order()
    {
        var path = _db.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(path);
        foreach (var report in ExtractedReports.All()) await store.IngestAsync(report);
        var segmentsBefore = await ScalarAsync(path, "SELECT count(DISTINCT segid) FROM sentence_search_idx");
        var before = await AnswersAsync(store);

        using (var stream = typeof(SqliteGraphStore).Assembly.GetManifestResourceStream("migrations/006_merged_search_segments.sql")!)
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = await new StreamReader(stream).ReadToEndAsync();
            await command.ExecuteNonQueryAsync();
        }

        Assert.True(segmentsBefore > 1, $"five reports loaded one by one should leave several segments, not {segmentsBefore}");
        foreach (var index in Indexes) Assert.Equal(1, await ScalarAsync(path, $"SELECT count(DISTINCT segid) FROM {index}_idx"));
        Assert.Contains(before, a => a.StartsWith("行政执法|", StringComparison.Ordinal));
        Assert.Equal(before, await AnswersAsync(store));
    }

    public void Dispose() => _db.Dispose();
}
