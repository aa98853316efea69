using System.Diagnostics;
using System.Net;
using System.Text.Json;
using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>
/// The HTTP figures of one document against one server, both servers driven by the same <see cref="RawHttpConnection"/>
/// client with the same request bytes: the latency of POSTs one after another on one keep-alive connection, and
/// the throughput of <see cref="Connections"/> connections sending at once.
/// </summary>
public static class HttpPhase
{
    /// <summary>Concurrent connections of the throughput figure: two per core of the 2-core machine.</summary>
    public const int Connections = 4;

    public const string Accept = "application/graphql-response+json";

    /// <param name="OneConnection">Per-request latencies on one connection; ops/s = requests / summed latencies.</param>
    /// <param name="Concurrent">Per-request latencies with <see cref="Connections"/> connections; ops/s = requests / wall time.</param>
    public sealed record Figures(LatencyStats OneConnection, LatencyStats Concurrent, int ResponseBytes);

    public static string Payload(BenchCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return JsonSerializer.Serialize(new { query = c.Query, variables = c.Variables });
    }

    public static async Task<Figures> MeasureAsync(IPEndPoint server, BenchCase c, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        var request = RawHttpConnection.JsonPost(server, c.HttpPath, Accept, Payload(c));

        using var single = await RawHttpConnection.OpenAsync(server, request, cancellationToken).ConfigureAwait(false);
        var responseBytes = 0;
        for (var i = 0; i < c.HttpWarmup; i++) responseBytes = await single.SendAsync(cancellationToken).ConfigureAwait(false);
        var samples = new double[c.HttpIterations];
        for (var i = 0; i < samples.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await single.SendAsync(cancellationToken).ConfigureAwait(false);
            samples[i] = LatencyStats.ElapsedUs(start);
        }
        var oneConnection = LatencyStats.From(samples);

        var connections = new RawHttpConnection[Connections];
        try
        {
            for (var i = 0; i < connections.Length; i++)
            {
                connections[i] = await RawHttpConnection.OpenAsync(server, request, cancellationToken).ConfigureAwait(false);
                await connections[i].SendAsync(cancellationToken).ConfigureAwait(false);
            }
            var concurrent = new double[c.HttpIterations];
            var next = -1;
            var clock = Stopwatch.GetTimestamp();
            var workers = connections.Select(connection => Task.Run(async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < concurrent.Length)
                {
                    var start = Stopwatch.GetTimestamp();
                    await connection.SendAsync(cancellationToken).ConfigureAwait(false);
                    concurrent[index] = LatencyStats.ElapsedUs(start);
                }
            }, cancellationToken)).ToArray();
            await Task.WhenAll(workers).ConfigureAwait(false);
            var wallSeconds = Stopwatch.GetElapsedTime(clock).TotalSeconds;
            var throughput = LatencyStats.From(concurrent) with { OpsPerSec = concurrent.Length / wallSeconds };
            return new Figures(oneConnection, throughput, responseBytes);
        }
        finally
        {
            foreach (var connection in connections) connection?.Dispose();
        }
    }

    /// <summary>The loopback endpoint of a server address such as <c>http://127.0.0.1:5123</c>.</summary>
    public static IPEndPoint Endpoint(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new IPEndPoint(IPAddress.Parse(address.Host), address.Port);
    }
}
