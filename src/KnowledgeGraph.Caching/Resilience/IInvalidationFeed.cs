namespace KnowledgeGraph.Caching.Resilience;

/// <summary>
/// The pub/sub subscription that tells this instance about graph-version bumps made by the others. While it is down
/// the cache still works, but learns of other instances' changes only by re-reading the counter.
/// </summary>
public interface IInvalidationFeed
{
    /// <summary>
    /// True while subscribed on a live connection. When the last attempt to subscribe failed, a new one is started,
    /// so a probe that keeps asking also keeps the feed recovering when no requests arrive.
    /// </summary>
    bool CheckSubscribed();
}
