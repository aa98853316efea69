using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>Mean time and allocation of one BenchmarkDotNet benchmark (ours).</summary>
public sealed record BdnFigure(string Case, string Phase, double MeanUs, double MedianUs, long? AllocatedBytes);

/// <summary>
/// Runs <see cref="ParseValidateBenchmarks"/> in this process (InProcessEmit toolchain: no project rebuild, the
/// suite's schemas and documents are used as they are) and returns the per-operation means.
/// </summary>
public static class ParseValidateRun
{
    internal static IReadOnlyList<BenchCase> Cases { get; private set; } = [];

    public static IReadOnlyList<BdnFigure> Run(IReadOnlyList<BenchCase> cases, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(log);
        Cases = cases;
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(8)
            .WithIterationCount(15)
            .WithId("InProcess");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
            .AddLogger(new TextWriterLogger(log))
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);
        var summary = BenchmarkRunner.Run<ParseValidateBenchmarks>(config);
        return summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .Select(r => new BdnFigure(
                (string)r.BenchmarkCase.Parameters["Case"],
                r.BenchmarkCase.Descriptor.WorkloadMethod.Name.ToLowerInvariant(),
                r.ResultStatistics!.Mean / 1000,
                r.ResultStatistics.Median / 1000,
                r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase)))
            .ToList();
    }

    private sealed class TextWriterLogger(TextWriter writer) : ILogger
    {
        public string Id => nameof(TextWriterLogger);

        public int Priority => 0;

        public void Write(LogKind logKind, string text) => writer.Write(text);

        public void WriteLine() => writer.WriteLine();

        public void WriteLine(LogKind logKind, string text) => writer.WriteLine(text);

        public void Flush() => writer.Flush();
    }
}
