using KnowledgeGraph.Benchmarks.Measurement;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>
/// The dashboard schema on our engine: in-memory resolvers, documents and issuers through per-request DataLoaders
/// (one batch per level), exactly as tools/graphql-bench/bench.mjs wires graphql-js.
/// </summary>
public static class DashboardSchema
{
    public static string SdlPath => RepoPaths.Combine("tools", "graphql-bench", "dashboard.graphql");

    public static Schema Build(DashboardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return SchemaBuilder.FromSdl(File.ReadAllText(SdlPath), "dashboard.graphql")
            .Resolve("Query", "region", ctx => data.RegionById.GetValueOrDefault(ctx.Argument<string>("id")))
            .Resolve("Query", "regions", ctx => data.Regions.Take(ctx.Argument<int>("first")).ToArray())
            .ResolveTask("Region", "documents", ctx => ctx.DataLoader<string, IReadOnlyList<BenchDocument>>(
                    "documentsByRegion", (ids, _) => Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<BenchDocument>>>(
                        ids.ToDictionary(id => id, id => data.DocumentsByRegion.GetValueOrDefault(id) ?? [])))
                .LoadAsync(ctx.ParentAs<BenchRegion>().Id))
            .ResolveTask("Document", "issuer", ctx => ctx.DataLoader<string, BenchAgency>(
                    "agencyById", (ids, _) => Task.FromResult<IReadOnlyDictionary<string, BenchAgency>>(
                        ids.Where(data.AgencyById.ContainsKey).ToDictionary(id => id, id => data.AgencyById[id])))
                .LoadAsync(ctx.ParentAs<BenchDocument>().IssuerId))
            .Build();
    }
}
