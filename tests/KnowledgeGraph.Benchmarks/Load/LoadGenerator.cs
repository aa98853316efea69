using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.Load;

/// <summary>
/// `loadgen` (run as a child process by the cache suite): C concurrent keep-alive connections POST a GraphQL body to
/// --url until --seconds pass or --requests are sent, and print one JSON line of counts and latencies.
/// With --vary each request carries a distinct unused variable `nonce` (unique across runs too), so no two requests
/// share a cache key.
/// With --samples-out FILE the per-request latencies are written there too.
/// </summary>
public static class LoadGenerator
{
    public sealed record Report(long Requests, long Errors, double Seconds, double RequestsPerSec, double P50Us, double P99Us, long ResponseBytes);

    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var url = new Uri(options.String("url") ?? throw new ArgumentException("--url is required."));
        var query = await File.ReadAllTextAsync(options.String("query-file") ?? throw new ArgumentException("--query-file is required."), cancellationToken).ConfigureAwait(false);
        var connections = options.Int("connections", 16);
        var duration = TimeSpan.FromSeconds(options.Double("seconds", 10));
        var maxRequests = options.Int("requests", 500_000);
        var vary = options.Has("vary");
        var run = Guid.NewGuid().ToString("N"); // nonces never repeat across runs, which would turn misses into hits

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false });
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        long sent = 0;
        long errors = 0;
        long bytes = 0;
        var samples = new List<double>[connections];
        using var deadline = new CancellationTokenSource(duration);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(w => Task.Run(async () =>
        {
            var mine = samples[w] = new List<double>(64 * 1024);
            while (!linked.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref sent);
                if (n > maxRequests) break;
                var body = vary
                    ? JsonSerializer.Serialize(new { query, variables = new { nonce = $"{run}-{n}" } })
                    : JsonSerializer.Serialize(new { query });
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new StringContent(body, Encoding.UTF8, "application/json");
                    using var response = await http.PostAsync(url, content, linked.Token).ConfigureAwait(false);
                    var payload = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                    Interlocked.Add(ref bytes, payload.Length);
                    mine.Add(LatencyStats.ElapsedUs(start));
                }
                catch (OperationCanceledException) when (linked.IsCancellationRequested)
                {
                    Interlocked.Decrement(ref sent);
                    break;
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }, CancellationToken.None)).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        clock.Stop();
        var all = samples.Where(s => s is not null).SelectMany(s => s).ToArray();
        var stats = LatencyStats.From(all);
        var report = new Report(all.Length, errors, clock.Elapsed.TotalSeconds, all.Length / clock.Elapsed.TotalSeconds, stats.P50Us, stats.P99Us, bytes);
        if (options.String("samples-out") is { } samplesFile)
        {
            // Per-request latencies (µs, little-endian doubles), so a caller running several rounds can pool them.
            await File.WriteAllBytesAsync(samplesFile, System.Runtime.InteropServices.MemoryMarshal.AsBytes(all.AsSpan()).ToArray(), cancellationToken).ConfigureAwait(false);
        }
        await output.WriteLineAsync(JsonSerializer.Serialize(report)).ConfigureAwait(false);
        return 0;
    }
}
