using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Conformance;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

// The conformance suite run against the embedded store: a fresh database file per store.

public sealed class SqliteIngestionConformance : IngestionConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteReadConformance : ReadConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteTraversalConformance : TraversalConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteSearchConformance : SearchConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteExchangeConformance : ExchangeConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteCurationConformance : CurationConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteFiveReportsConformance : FiveReportsConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteEntityMergeConformance : EntityMergeConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteCorrectionFieldsConformance : CorrectionFieldsConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteNeighborOrderConformance : NeighborOrderConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteJurisdictionPlacementConformance : JurisdictionPlacementConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteRegionBatchConformance : RegionBatchConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteUndatedOrderConformance : UndatedOrderConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteRegionDepthConformance : RegionDepthConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteAggregateOrderConformance : AggregateOrderConformance, IDisposable
{
    private readonly TempDatabase _db = new();

    protected override async Task<IGraphStore> OpenEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_db.NewPath());

    public void Dispose() => _db.Dispose();
}
