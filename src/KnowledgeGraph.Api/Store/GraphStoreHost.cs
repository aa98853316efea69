using KnowledgeGraph.Api.Seeding;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Store;

/// <summary>
/// Opens the configured store when the host starts (before the server listens) and seeds an empty embedded store,
/// so the first request already sees the graph; closes it when the host stops.
/// </summary>
public sealed class GraphStoreHost(IConfiguration configuration, IHostEnvironment environment, IServiceProvider services) : IHostedService, IAsyncDisposable
{
    private IGraphStore? _store;

    public IGraphStore Store => _store ?? throw new InvalidOperationException("The graph store is not open yet (the host has not started).");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _store = await GraphStoreFactory.OpenAsync(configuration, environment.ContentRootPath, cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<StartupSeeder>().SeedIfEmptyAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync().ConfigureAwait(false);
        _store = null;
    }
}
