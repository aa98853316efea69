using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>
/// The timed phases of one document on one engine: parse, validate and execute in process, and HTTP through the
/// shared raw client (one connection, then <see cref="HttpPhase.Connections"/> at once). Parse, validate and execute
/// are null when they were timed interleaved instead (<see cref="InterleavedRun"/>).
/// </summary>
public sealed record PhaseResults(LatencyStats? Parse, LatencyStats? Validate, LatencyStats? Execute, HttpPhase.Figures Http, int ResponseBytes)
{
    public IEnumerable<(string Phase, LatencyStats Stats)> Phases()
    {
        if (Parse is not null) yield return ("parse", Parse);
        if (Validate is not null) yield return ("validate", Validate);
        if (Execute is not null) yield return ("execute", Execute);
        yield return ("http", Http.OneConnection);
        yield return ($"http ×{HttpPhase.Connections}", Http.Concurrent);
    }
}
