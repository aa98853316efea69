using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Api.Telemetry;

/// <summary>The API's own trace source and meter; ASP.NET Core's are added beside them.</summary>
public static class KnowledgeGraphTelemetry
{
    public const string Name = "KnowledgeGraph.Api";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> GraphQLRequests = Meter.CreateCounter<long>("kg.graphql.requests", description: "GraphQL requests by operation type and outcome");
    public static readonly Histogram<double> GraphQLDuration = Meter.CreateHistogram<double>("kg.graphql.duration", unit: "ms", description: "GraphQL request duration");
    public static readonly Counter<long> CacheLookups = Meter.CreateCounter<long>("kg.cache.lookups", description: "Response cache lookups by outcome");
}
