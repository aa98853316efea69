using System.Diagnostics;
using KnowledgeGraph.Benchmarks.Measurement;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// `seed`: graph-seed `generate --sqlite` (generate + load, a bulk load into the new file) in a child process — wall
/// time, peak RSS of that process from /proc, database size, then the counts of nodes and edges by type. Options:
/// --scale national (default) or --counties N --years Y for a smaller run; --reference runs the same corpus again
/// through the ordinary write path (--no-bulk) and prints the ratio; --keep keeps the database files.
/// </summary>
public static class SeedSuite
{
    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        List<string> scale = options.Has("counties")
            ? ["--counties", options.Int("counties", 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
               "--years", options.Int("years", 5).ToString(System.Globalization.CultureInfo.InvariantCulture)]
            : ["--scale", "national"];
        output.WriteLine(MachineLoad.Line());
        var bulk = await RunOnceAsync(options, [.. scale], [], output, printCounts: true, cancellationToken).ConfigureAwait(false);
        if (bulk.Exit != 0 || !options.Has("reference")) return bulk.Exit;
        // same run, same corpus, the ordinary write path (indexes and search windows kept up to date row by row)
        output.WriteLine();
        var ordinary = await RunOnceAsync(options, [.. scale], ["--no-bulk"], output, printCounts: false, cancellationToken).ConfigureAwait(false);
        output.WriteLine();
        output.WriteLine($"bulk vs ordinary (--no-bulk), same run: wall {bulk.Wall.TotalMinutes:N2} / {ordinary.Wall.TotalMinutes:N2} min = {bulk.Wall / ordinary.Wall:N2}x, " +
                         $"peak RSS {bulk.PeakRss / 1048576.0:N0} / {ordinary.PeakRss / 1048576.0:N0} MiB");
        return ordinary.Exit;
    }

    private static async Task<(int Exit, TimeSpan Wall, long PeakRss)> RunOnceAsync(Options options, string[] scale, string[] extra, TextWriter output,
        bool printCounts, CancellationToken cancellationToken)
    {
        var dbPath = Path.Combine(Path.GetTempPath(), $"kg-seed-bench-{Environment.ProcessId}{string.Concat(extra)}.db");
        List<string> args = ["generate", .. scale, "--seed", "1", "--sqlite", dbPath, .. extra];
        output.WriteLine($"Seed suite — graph-seed {string.Join(' ', args)} in a child process (its own output follows).");
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
            if (exit == 0 && printCounts) await PrintCountsAsync(dbPath, output, cancellationToken).ConfigureAwait(false);
            return (exit, wall.Elapsed, child.PeakRssBytes);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!options.Has("keep"))
            {
                foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm", dbPath + ".partial" }) File.Delete(file);
            }
        }
    }

    /// <summary>What was loaded, against the issue's round figures: nodes and edges by type, regions by level, links to catalogued matters.</summary>
    private static async Task PrintCountsAsync(string dbPath, TextWriter output, CancellationToken cancellationToken)
    {
        await using (var store = await SqliteGraphStore.OpenAsync(dbPath, cancellationToken).ConfigureAwait(false))
        {
            var counts = await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
            output.WriteLine("nodes: " + string.Join(", ", counts.Nodes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key} {n.Value:N0}")));
            output.WriteLine("edges: " + string.Join(", ", counts.Edges.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key} {n.Value:N0}")));
        }
        await using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT 'regions by level: ' || group_concat(level || ' ' || n, ', ') FROM (SELECT level, COUNT(*) AS n FROM region GROUP BY level)
            UNION ALL SELECT 'catalogued matters (Power with item): ' || COUNT(*) FROM power WHERE item IS NOT NULL
            UNION ALL SELECT 'delegation-to-power links (Covers): ' || COUNT(*) FROM covers
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) output.WriteLine(reader.GetString(0));
        output.WriteLine("(region levels: 1 province, 2 prefecture, 3 county, 4 district, 5 county-level city, 6 zone, 7 township)");
    }
}
