#if NEO4J_LIVE
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Tests.Conformance;

namespace KnowledgeGraph.Neo4j.Tests.Live;

// The backend-neutral conformance suite against a real Neo4j (NEO4J_URL). One collection: they share the database.

[CollectionDefinition(LiveNeo4j.Collection, DisableParallelization = true)]
public sealed class LiveNeo4jCollection;

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jIngestionConformance : IngestionConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jReadConformance : ReadConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jTraversalConformance : TraversalConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jSearchConformance : SearchConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jExchangeConformance : ExchangeConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jCurationConformance : CurationConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jFiveReportsConformance : FiveReportsConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jEntityMergeConformance : EntityMergeConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jCorrectionFieldsConformance : CorrectionFieldsConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jNeighborOrderConformance : NeighborOrderConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jJurisdictionPlacementConformance : JurisdictionPlacementConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jRegionBatchConformance : RegionBatchConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jUndatedOrderConformance : UndatedOrderConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jRegionDepthConformance : RegionDepthConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}

[Collection(LiveNeo4j.Collection)]
public sealed class Neo4jAggregateOrderConformance : AggregateOrderConformance
{
    protected override Task<IGraphStore> OpenEmptyStoreAsync() => LiveNeo4j.OpenEmptyStoreAsync();
}
#else
namespace KnowledgeGraph.Neo4j.Tests.Live;

public sealed class Neo4jConformance
{
    [Fact(Skip = "NEO4J_URL is not set, so the storage conformance suite is not run against Neo4j. Set NEO4J_URL=http://neo4j:<password>@localhost:7474/neo4j (see docs/neo4j.md) and rebuild to run it.")]
    public void Runs_against_a_real_Neo4j_when_NEO4J_URL_is_set()
    {
    }
}
#endif
