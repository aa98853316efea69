using System.Diagnostics;
using System.Runtime;
using System.Text;
using KnowledgeGraph.Benchmarks.Measurement;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// `extraction`: MB of report text per second on one thread — the five real reports repeated until --mb (default 4)
/// megabytes of UTF-8 have been extracted and --min-seconds (default 2) have passed, after a warm-up that lasts until tiered compilation has finished (at
/// least --warmup passes, default 20, and one second; then rounds of half a second until one compiles no method,
/// at most --warmup-max seconds, default 120). Reference in the same run: a plain UTF-8 decode of the same bytes
/// (the floor any extractor pays).
/// </summary>
public static class ExtractionSuite
{
    public const double TargetMBps = 10.0;

    private const double BytesPerMB = 1_000_000;
    private const double BytesPerMiB = 1024 * 1024;

    public static Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var targetBytes = (long)(options.Double("mb", 4) * 1024 * 1024);
        var reports = Directory.GetFiles(RepoPaths.Combine("graph-seed", "reports"), "*.txt").Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes).ToArray();
        var extractor = new ReportExtractor();
        // Warm-up until tiered compilation is done: it promotes methods in the background after 30 calls and a
        // delay that restarts while new code runs, and on a loaded machine its thread gets little CPU, so it can go
        // on for many seconds. Until it is done the timed loop would run unoptimized code and count the JIT's CPU
        // time as extraction's. Quiet = a round of half a second in which no method was compiled.
        var warmUp = Stopwatch.StartNew();
        var warmUpCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long warmUpBytes = 0;
        for (var pass = 0; pass < options.Int("warmup", 20) || warmUp.Elapsed < TimeSpan.FromSeconds(1); pass++)
        {
            foreach (var bytes in reports) { extractor.Extract(bytes); warmUpBytes += bytes.Length; }
        }
        var warmUpLimit = TimeSpan.FromSeconds(options.Double("warmup-max", 120));
        var jitQuiet = false;
        while (!jitQuiet && warmUp.Elapsed < warmUpLimit)
        {
            var compiledBefore = JitInfo.GetCompiledMethodCount();
            var round = Stopwatch.StartNew();
            while (round.Elapsed < TimeSpan.FromSeconds(0.5))
            {
                foreach (var bytes in reports) { extractor.Extract(bytes); warmUpBytes += bytes.Length; }
            }
            jitQuiet = JitInfo.GetCompiledMethodCount() == compiledBefore;
        }
        warmUp.Stop();
        var warmUpCpu = Process.GetCurrentProcess().TotalProcessorTime - warmUpCpuBefore;

        var samples = new List<double>();
        long done = 0;
        long facts = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var jitBefore = (Methods: JitInfo.GetCompiledMethodCount(), Time: JitInfo.GetCompilationTime());
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var total = Stopwatch.StartNew();
        // At least --min-seconds (default 2) as well: process CPU time is counted in scheduler ticks, so a short
        // loop would read it with a large relative error.
        var minimum = TimeSpan.FromSeconds(options.Double("min-seconds", 2));
        while (done < targetBytes || total.Elapsed < minimum)
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
        var jitDuring = (Methods: JitInfo.GetCompiledMethodCount() - jitBefore.Methods, Time: JitInfo.GetCompilationTime() - jitBefore.Time);
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

        var mb = done / BytesPerMiB;
        var rate = mb / total.Elapsed.TotalSeconds;
        var perCpu = mb / cpu.TotalSeconds;
        var perCpuMB = done / BytesPerMB / cpu.TotalSeconds;
        var stats = LatencyStats.From(samples);
        output.WriteLine("Extraction suite — ReportExtractor.Extract on one thread, the five reports of graph-seed/reports repeated.");
        output.WriteLine(MachineLoad.Line());
        output.WriteLine($"warm-up: {warmUp.Elapsed.TotalSeconds:N1} s, {warmUpBytes / BytesPerMiB:N1} MiB at {warmUpBytes / BytesPerMiB / warmUpCpu.TotalSeconds:N1} MiB per CPU-second (JIT included); tiered compilation {(jitQuiet ? "finished" : "STILL RUNNING at --warmup-max")}, {JitInfo.GetCompiledMethodCount():N0} methods compiled");
        output.WriteLine($"reports: {reports.Length} ({reports.Sum(r => r.Length) / 1024.0:N0} KiB), extracted {samples.Count:N0} times = {mb:N1} MiB in {total.Elapsed.TotalSeconds:N2} s");
        output.WriteLine($"per report: {stats}");
        output.WriteLine($"documents cited found per pass: {facts / (samples.Count / reports.Length):N0}");
        // On a shared machine the thread is not on a core all the time: bytes per second of CPU the process used
        // (GC and JIT threads included) is the per-core figure the load does not depress.
        output.WriteLine($"per CPU-second: {perCpu:N1} MiB/s = {perCpuMB:N1} MB/s (target ≥ {TargetMBps} MB/s per core: {(perCpuMB >= TargetMBps ? "met" : "MISSED")}); {cpu.TotalSeconds:N2} s of CPU for {total.Elapsed.TotalSeconds:N2} s of wall time");
        output.WriteLine($"wall clock: {rate:N1} MiB/s = {done / BytesPerMB / total.Elapsed.TotalSeconds:N1} MB/s on one thread (falls when other processes hold the cores)");
        output.WriteLine($"JIT during the timed loop: {jitDuring.Methods} methods, {jitDuring.Time.TotalSeconds:N3} s");
        output.WriteLine($"allocated: {allocated / (double)done:N1} bytes per byte of report; collections gen0/gen1/gen2: {collections.Item1}/{collections.Item2}/{collections.Item3}");
        output.WriteLine($"reference, same bytes: UTF-8 decode alone {mb / decode.Elapsed.TotalSeconds:N0} MiB/s (extraction costs {total.Elapsed.TotalSeconds / decode.Elapsed.TotalSeconds:N0}× a decode)");
        return Task.FromResult(0);
    }
}
