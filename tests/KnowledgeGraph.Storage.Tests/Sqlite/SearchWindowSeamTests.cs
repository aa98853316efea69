using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// The window expression (cover windows plus one window across each seam) may only narrow the candidates the index
/// returns, never drop a text that holds the query: every substring of a stored text finds that text.
/// </summary>
public sealed class SearchWindowSeamTests : IDisposable
{
    private readonly TempDatabase _db = new();

    [Fact]
    public async Task Every_substring_of_a_title_finds_the_title()
    {
        var path = _db.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(path);
        string[] titles = ["岳阳县行政执法管理办法", "关于印发《政务APP(试行)管理办法》的通知", "县政府办公室关于行政执法责任清单的通知"];
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            for (var i = 0; i < titles.Length; i++)
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO document (id, title, kind) VALUES ($id, $title, 5)";
                insert.Parameters.AddWithValue("$id", $"Document:{i}");
                insert.Parameters.AddWithValue("$title", titles[i]);
                await insert.ExecuteNonQueryAsync();
            }
        }

        var missed = new List<string>();
        for (var i = 0; i < titles.Length; i++)
        {
            var title = titles[i];
            for (var start = 0; start < title.Length; start++)
            {
                for (var length = 3; start + length <= title.Length; length++)
                {
                    var query = title.Substring(start, length);
                    if (query.Trim().Length == 0 || query.All(c => c < 0x80 && !char.IsAsciiLetterOrDigit(c))) continue;
                    var hits = await store.SearchAsync(query, [SearchKind.Document], limit: 10);
                    if (!hits.Any(h => h.NodeId == $"Document:{i}")) missed.Add(query);
                }
            }
        }

        Assert.Empty(missed);
    }

    public void Dispose() => _db.Dispose();
}
