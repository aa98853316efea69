using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Benchmarks.Measurement;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// `extraction`: MB of report text per second on one thread — the five real reports repeated until --mb (default 4)
/// megabytes of UTF-8 have been extracted, after a warm-up (--warmup passes, default 20, and at least one second). Reference in the same run: a plain UTF-8 decode of
/// the same bytes (the floor any extractor pays).
/// </summary>
public static class ExtractionSuite
{
    public const double TargetMBps = 10.0;

    public static Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var targetBytes = (long)(options.Double("mb", 4) * 1024 * 1024);
        var reports = Directory.GetFiles(RepoPaths.Combine("graph-seed", "reports"), "*.txt").Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes).ToArray();
        var extractor = new ReportExtractor();
        // Warm-up long enough for tiered compilation to reach optimized code (it promotes methods after 30 calls
        // and a short delay, in the background): timing the first passes would measure the JIT, not extraction.
        var warmUp = Stopwatch.StartNew();
        for (var pass = 0; pass < options.Int("warmup", 20) || warmUp.Elapsed < TimeSpan.FromSeconds(1); pass++)
        {
            foreach (var bytes in reports) extractor.Extract(bytes);
        }

        var samples = new List<double>();
        long done = 0;
        long facts = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var total = Stopwatch.StartNew();
        while (done < targetBytes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var bytes in reports)
            {
                var start = Stopwatch.GetTimestamp();
                var result = extractor.Extract(bytes);
                samples.Add(LatencyStats.ElapsedUs(start));
                facts += result.Documents.Count;
                done += bytes.Length;
            }
        }
        total.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var collections = (GC.CollectionCount(0) - gcBefore.Item1, GC.CollectionCount(1) - gcBefore.Item2, GC.CollectionCount(2) - gcBefore.Item3);

        var decode = Stopwatch.StartNew();
        long decoded = 0;
        while (decoded < done)
        {
            foreach (var bytes in reports)
            {
                decoded += Encoding.UTF8.GetString(bytes).Length > 0 ? bytes.Length : 0;
            }
        }
        decode.Stop();

        var mb = done / (1024.0 * 1024.0);
        var rate = mb / total.Elapsed.TotalSeconds;
        var stats = LatencyStats.From(samples);
        output.WriteLine("Extraction suite — ReportExtractor.Extract on one thread, the five reports of graph-seed/reports repeated.");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores shared with other engineers' builds; figures are indicative.");
        output.WriteLine($"reports: {reports.Length} ({reports.Sum(r => r.Length) / 1024.0:N0} KiB), extracted {samples.Count:N0} times = {mb:N1} MiB in {total.Elapsed.TotalSeconds:N2} s");
        output.WriteLine($"per report: {stats}");
        output.WriteLine($"documents cited found per pass: {facts / (samples.Count / reports.Length):N0}");
        output.WriteLine($"throughput: {rate:N1} MiB/s per core (target ≥ {TargetMBps} MB/s: {(rate >= TargetMBps ? "met" : "MISSED")})");
        // On a shared machine the thread is not on a core all the time: bytes per second of CPU the process used
        // (GC threads included) is the per-core figure the load does not depress.
        output.WriteLine($"per CPU-second: {mb / cpu.TotalSeconds:N1} MiB/s ({cpu.TotalSeconds:N2} s of CPU for {total.Elapsed.TotalSeconds:N2} s of wall time)");
        output.WriteLine($"allocated: {allocated / (double)done:N1} bytes per byte of report; collections gen0/gen1/gen2: {collections.Item1}/{collections.Item2}/{collections.Item3}");
        output.WriteLine($"reference, same bytes: UTF-8 decode alone {mb / decode.Elapsed.TotalSeconds:N0} MiB/s (extraction costs {total.Elapsed.TotalSeconds / decode.Elapsed.TotalSeconds:N0}× a decode)");
        return Task.FromResult(0);
    }
}
