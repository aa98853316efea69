namespace KnowledgeGraph.Neo4j.Tests.FakeServer;

/// <summary>
/// One answer of the fake server: status, JSON body, extra headers. <see cref="Stall"/> makes it never answer
/// (until the client gives up); <see cref="Abort"/> drops the connection, as a crashed server would.
/// </summary>
public sealed record ScriptedResponse(int Status, string? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public bool Stall { get; init; }
    public bool Abort { get; init; }

    public static ScriptedResponse Recorded(string name, int status = 202, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recordings", name + ".json")), headers);

    public static ScriptedResponse Json(int status, string body) => new(status, body);

    public static ScriptedResponse Stalled() => new(0, null) { Stall = true };

    public static ScriptedResponse Dropped() => new(0, null) { Abort = true };

    /// <summary>
    /// The recorded answers to discovery, opening a transaction and committing it; null for a statement, which the
    /// caller answers. Store tests script only their statements on top of this.
    /// </summary>
    public static ScriptedResponse? TransactionProtocol(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Path == "/") return Recorded("discovery", 200);
        if (request.Path.EndsWith("/tx", StringComparison.Ordinal)) return Recorded("tx-open");
        if (request.Path.EndsWith("/commit", StringComparison.Ordinal)) return Recorded("tx-commit");
        return null;
    }
}
