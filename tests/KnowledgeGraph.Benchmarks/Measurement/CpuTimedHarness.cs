using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Benchmarks.Measurement;

/// <summary>
/// Per-operation wall time and the calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID). On a shared machine the wall
/// p99 measures the scheduler as much as the code; the thread's CPU time does not grow while the thread waits for a
/// core, so it is the steadier figure of what one operation costs. It covers the whole operation only when the
/// operation stays on its thread (the SQLite store's calls complete synchronously); operations that hop are counted.
/// </summary>
public static class CpuTimedHarness
{
    public sealed record Result(LatencyStats Wall, LatencyStats Cpu, int ThreadHops)
    {
        public override string ToString() =>
            $"{Wall}   CPU p50 {LatencyStats.Format(Cpu.P50Us)} p99 {LatencyStats.Format(Cpu.P99Us)}" + (ThreadHops > 0 ? $" ({ThreadHops} ops changed thread)" : "");
    }

    public static async Task<Result> TimeAsync(int iterations, int warmup, Func<Task> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (var i = 0; i < warmup; i++) await operation().ConfigureAwait(false);
        var wall = new double[iterations];
        var cpu = new double[iterations];
        var hops = 0;
        for (var i = 0; i < iterations; i++)
        {
            var thread = Environment.CurrentManagedThreadId;
            var cpuStart = ThreadCpuUs();
            var start = Stopwatch.GetTimestamp();
            await operation().ConfigureAwait(false);
            wall[i] = LatencyStats.ElapsedUs(start);
            if (Environment.CurrentManagedThreadId == thread)
            {
                cpu[i] = ThreadCpuUs() - cpuStart;
            }
            else
            {
                hops++;
                cpu[i] = wall[i]; // the CPU time is split over threads: count the operation at its wall time
            }
        }
        return new Result(LatencyStats.From(wall), LatencyStats.From(cpu), hops);
    }

    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>CPU time of the calling thread in microseconds; 0 where the clock is unavailable (not Linux).</summary>
    private static double ThreadCpuUs()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var t) != 0) return 0;
        return t.Seconds * 1e6 + t.Nanoseconds / 1e3;
    }
}
