using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>The four timed phases of one document on one engine.</summary>
public sealed record PhaseResults(LatencyStats Parse, LatencyStats Validate, LatencyStats Execute, LatencyStats Http, int ResponseBytes)
{
    public IEnumerable<(string Phase, LatencyStats Stats)> Phases()
    {
        yield return ("parse", Parse);
        yield return ("validate", Validate);
        yield return ("execute", Execute);
        yield return ("http", Http);
    }
}
