using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.DataLoader;

/// <summary>
/// When the batch functions finish synchronously (in-memory data, a warm cache), a whole query through DataLoaders
/// completes within the call: every load of a key shared by many parents resumes where its batch completes, not on
/// the thread pool, so a level is never split across threads and batches.
/// </summary>
public class InlineCompletionTests
{
    private sealed record Document(string Id, string IssuerId);

    private sealed record Agency(string Id, string Name);

    private const string Sdl = """
        type Query { documents: [Document!]! }
        type Document { id: ID! issuer: Agency }
        type Agency { id: ID! name: String! }
        """;

    // Twelve documents issued by three agencies: each agency key is loaded by four parents.
    private static readonly Document[] Documents = Enumerable.Range(1, 12).Select(i => new Document($"d{i}", $"a{i % 3}")).ToArray();

    private static readonly Dictionary<string, Agency> AgencyById = new()
    {
        ["a0"] = new("a0", "县司法局"),
        ["a1"] = new("a1", "县政府办公室"),
        ["a2"] = new("a2", "县交通运输局"),
    };

    [Fact]
    public async Task Shared_keys_resolve_inline_and_the_request_completes_synchronously()
    {
        var batchSizes = new List<int>();
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "documents", _ => Documents)
            .ResolveTask("Document", "issuer", ctx => ctx.DataLoader<string, Agency>("agencyById", (ids, _) =>
                {
                    batchSizes.Add(ids.Count);
                    return Task.FromResult<IReadOnlyDictionary<string, Agency>>(ids.ToDictionary(id => id, id => AgencyById[id]));
                })
                .LoadAsync(ctx.ParentAs<Document>().IssuerId))
            .Build();

        // Off the test framework's synchronization context (with one, the executor moves to the thread pool first).
        var completedWithinTheCall = false;
        var result = await Task.Run(() =>
        {
            var execution = GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ documents { id issuer { name } } }" });
            completedWithinTheCall = execution.IsCompleted;
            return execution;
        });

        Assert.True(completedWithinTheCall);
        Assert.Null(result.Errors);
        Assert.Equal([3], batchSizes);
        var json = result.ToJson();
        Assert.StartsWith("""{"data":{"documents":[{"id":"d1","issuer":{"name":"县政府办公室"}},{"id":"d2","issuer":{"name":"县交通运输局"}},{"id":"d3","issuer":{"name":"县司法局"}}""", json, StringComparison.Ordinal);
        Assert.EndsWith("""{"id":"d12","issuer":{"name":"县司法局"}}]}}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_batch_fails_every_load_of_its_keys_including_shared_ones()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "documents", _ => Documents.Take(4).ToArray())
            .ResolveTask("Document", "issuer", ctx => ctx.DataLoader<string, Agency>("agencyById", (_, _) =>
                    Task.FromException<IReadOnlyDictionary<string, Agency>>(new InvalidOperationException("store unavailable")))
                .LoadAsync(ctx.ParentAs<Document>().IssuerId))
            .Build();

        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = "{ documents { id issuer { name } } }",
            Options = new ExecutionOptions { ExposeExceptionMessages = true },
        });

        Assert.NotNull(result.Errors);
        Assert.Equal(4, result.Errors!.Count);
        Assert.All(result.Errors, e => Assert.Equal("store unavailable", e.Message));
        // Errors are recorded in completion order (the key's first load, then its other loads): compare as a set.
        Assert.Equal(
            ["documents.0.issuer", "documents.1.issuer", "documents.2.issuer", "documents.3.issuer"],
            result.Errors.Select(e => string.Join(".", e.Path!)).Order(StringComparer.Ordinal));
        Assert.EndsWith(
            """"data":{"documents":[{"id":"d1","issuer":null},{"id":"d2","issuer":null},{"id":"d3","issuer":null},{"id":"d4","issuer":null}]}}"""",
            result.ToJson(), StringComparison.Ordinal);
    }
}
