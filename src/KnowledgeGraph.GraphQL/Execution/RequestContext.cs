using System.Collections.Concurrent;
using System.Security.Claims;
using KnowledgeGraph.GraphQL.DataLoader;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Per-request state shared by all resolvers: user, role, services, cancellation, DataLoaders, items.</summary>
public sealed class RequestContext
{
    private ConcurrentDictionary<string, object?>? _items;

    internal RequestContext(
        ClaimsPrincipal? user, string? role, IServiceProvider? services, IEnumerable<KeyValuePair<string, object?>>? items,
        CancellationToken cancellationToken)
    {
        User = user;
        Role = role;
        Services = services;
        if (items is not null) _items = new ConcurrentDictionary<string, object?>(items, StringComparer.Ordinal);
        CancellationToken = cancellationToken;
        DataLoaders = new DataLoaderRegistry(cancellationToken);
    }

    public ClaimsPrincipal? User { get; }

    /// <summary>The caller's role as decided by the host (e.g. from a claim or API key).</summary>
    public string? Role { get; }

    public IServiceProvider? Services { get; }

    /// <summary>A bag for values resolvers share within one request.</summary>
    public ConcurrentDictionary<string, object?> Items
    {
        get
        {
            // Made on first use: most requests never share values.
            if (_items is null) Interlocked.CompareExchange(ref _items, new ConcurrentDictionary<string, object?>(StringComparer.Ordinal), null);
            return _items;
        }
    }

    /// <summary>Cancelled when the client goes away or the request's time limit passes.</summary>
    public CancellationToken CancellationToken { get; }

    public DataLoaderRegistry DataLoaders { get; }

    /// <summary>A required service from <see cref="Services"/>.</summary>
    public T GetRequiredService<T>()
        where T : notnull
    {
        if (Services?.GetService(typeof(T)) is T service) return service;
        throw new InvalidOperationException($"No service of type {typeof(T).FullName} is registered for GraphQL resolvers.");
    }
}
