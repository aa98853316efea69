using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.DataLoader;

public class DataLoaderTests
{
    private sealed record Region(string Id, string Name);

    private sealed record Agency(string Id, string Name, string RegionId);

    private static readonly Region[] Regions =
    [
        new("gaoyi", "高邑县"), new("yueyang", "岳阳县"), new("pinglu", "平陆县"), new("fuyun", "富蕴县"),
    ];

    private static readonly Agency[] Agencies =
    [
        new("a1", "县司法局", "gaoyi"), new("a2", "县政府办公室", "gaoyi"), new("a3", "县交通运输局", "yueyang"),
        new("a4", "县行政审批局", "fuyun"), new("a5", "县委", "pinglu"), new("a6", "县人民法院", "pinglu"),
    ];

    private const string Sdl = """
        type Query { regions: [Region!]! }
        type Region { id: ID! name: String! agencies: [Agency!]! }
        type Agency { id: ID! name: String! region: Region! }
        """;

    private sealed class Counter
    {
        public int AgencyBatches;
        public int RegionBatches;
        public List<int> RegionBatchSizes { get; } = [];
    }

    private static Schema BuildSchema(Counter counter, bool asyncBatches) => SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query", "regions", _ => Regions)
        .ResolveAsync("Region", "agencies", async ctx =>
        {
            var loader = ctx.DataLoader<string, IReadOnlyList<Agency>>("agenciesByRegion", async (ids, ct) =>
            {
                Interlocked.Increment(ref counter.AgencyBatches);
                if (asyncBatches) await Task.Delay(5, ct);
                return ids.ToDictionary(id => id, id => (IReadOnlyList<Agency>)Agencies.Where(a => a.RegionId == id).ToList());
            });
            return await loader.LoadAsync(ctx.ParentAs<Region>().Id);
        })
        .ResolveAsync("Agency", "region", async ctx =>
        {
            var loader = ctx.DataLoader<string, Region>("regionById", async (ids, ct) =>
            {
                Interlocked.Increment(ref counter.RegionBatches);
                lock (counter.RegionBatchSizes) counter.RegionBatchSizes.Add(ids.Count);
                if (asyncBatches) await Task.Yield();
                return Regions.Where(r => ids.Contains(r.Id)).ToDictionary(r => r.Id);
            });
            return await loader.LoadAsync(ctx.ParentAs<Agency>().RegionId);
        })
        .Build();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_list_of_parents_costs_one_batch_per_level(bool asyncBatches)
    {
        var counter = new Counter();
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = BuildSchema(counter, asyncBatches),
            Query = "{ regions { name agencies { name region { name } } } }",
        });
        Assert.Null(result.Errors);
        Assert.Equal(1, counter.AgencyBatches);
        Assert.Equal(1, counter.RegionBatches);
        // six agencies point at four regions: each key is loaded once
        Assert.Equal([4], counter.RegionBatchSizes);
        Assert.Equal(
            """{"data":{"regions":[{"name":"高邑县","agencies":[{"name":"县司法局","region":{"name":"高邑县"}},{"name":"县政府办公室","region":{"name":"高邑县"}}]},{"name":"岳阳县","agencies":[{"name":"县交通运输局","region":{"name":"岳阳县"}}]},{"name":"平陆县","agencies":[{"name":"县委","region":{"name":"平陆县"}},{"name":"县人民法院","region":{"name":"平陆县"}}]},{"name":"富蕴县","agencies":[{"name":"县行政审批局","region":{"name":"富蕴县"}}]}]}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Loaders_are_per_request()
    {
        var counter = new Counter();
        var schema = BuildSchema(counter, asyncBatches: false);
        for (var i = 0; i < 3; i++)
        {
            await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ regions { agencies { id } } }" });
        }
        Assert.Equal(3, counter.AgencyBatches);
    }

    [Fact]
    public async Task A_failing_batch_fails_each_field_that_waited_on_it()
    {
        var schema = SchemaBuilder.FromSdl("type Query { regions: [Region] } type Region { id: ID name: String }")
            .Resolve("Query", "regions", _ => new[] { new Region("x", "一"), new Region("y", "二") })
            .ResolveAsync("Region", "name", async ctx =>
            {
                var loader = ctx.DataLoader<string, string>("names", (_, _) =>
                    Task.FromException<IReadOnlyDictionary<string, string>>(new GraphQLError("Store unavailable.")));
                return await loader.LoadAsync(ctx.ParentAs<Region>().Id);
            })
            .Build();
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ regions { id name } }" });
        Assert.Equal(
            """{"errors":[{"message":"Store unavailable.","locations":[{"line":1,"column":16}],"path":["regions",0,"name"]},{"message":"Store unavailable.","locations":[{"line":1,"column":16}],"path":["regions",1,"name"]}],"data":{"regions":[{"id":"x","name":null},{"id":"y","name":null}]}}""",
            result.ToJson());
    }
}
