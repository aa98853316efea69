namespace KnowledgeGraph.Neo4j.Client;

/// <summary>
/// The newest bookmarks this client has seen. Sent with every later request so a read on any cluster member
/// waits until our own writes are visible (read-your-writes), as a driver session does.
/// </summary>
internal sealed class Bookmarks
{
    private IReadOnlyList<string> _current = [];

    public IReadOnlyList<string> Current => Volatile.Read(ref _current);

    public void Advance(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0) Volatile.Write(ref _current, bookmarks);
    }
}
