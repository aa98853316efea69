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
}
