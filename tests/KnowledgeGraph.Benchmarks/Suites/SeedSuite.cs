using System.Diagnostics;
using KnowledgeGraph.Benchmarks.Measurement;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// `seed`: graph-seed `generate --sqlite` (generate + load) in a child process — wall time, peak RSS of that process
/// from /proc, database size. Options: --scale national (default) or --counties N --years Y for a smaller run.
/// </summary>
public static class SeedSuite
{
    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var dbPath = Path.Combine(Path.GetTempPath(), $"kg-seed-bench-{Environment.ProcessId}.db");
        List<string> args = options.Has("counties")
            ? ["generate", "--counties", options.Int("counties", 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
               "--years", options.Int("years", 5).ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "1", "--sqlite", dbPath]
            : ["generate", "--scale", "national", "--seed", "1", "--sqlite", dbPath];
        output.WriteLine($"Seed suite — graph-seed {string.Join(' ', args)} in a child process (its own output follows).");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores shared with other engineers' builds; figures are indicative.");
        try
        {
            var wall = Stopwatch.StartNew();
            using var child = ChildProcess.StartSibling("graph-seed.dll", args, redirectOutput: false);
            var exit = await child.WaitAsync(cancellationToken).ConfigureAwait(false);
            wall.Stop();
            var size = new[] { dbPath, dbPath + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
            output.WriteLine();
            output.WriteLine($"exit code {exit}");
            output.WriteLine($"wall time: {wall.Elapsed.TotalMinutes:N2} min (target ≤ 10 min: {(wall.Elapsed.TotalMinutes <= 10 ? "met" : "MISSED")})");
            output.WriteLine($"peak RSS (VmHWM of the child): {child.PeakRssBytes / 1048576.0:N0} MiB (target ≤ 4 GB: {(child.PeakRssBytes <= 4L << 30 ? "met" : "MISSED")})");
            output.WriteLine($"database size: {size / 1048576.0:N1} MiB");
            return exit;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!options.Has("keep"))
            {
                foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" }) File.Delete(file);
            }
        }
    }
}
