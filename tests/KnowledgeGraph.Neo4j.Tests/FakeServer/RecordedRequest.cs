using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Tests.FakeServer;

/// <summary>A request as the fake server saw it.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
