using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Measurement;

/// <summary>
/// A child process whose peak resident memory is sampled from /proc (VmHWM, the kernel's own high-water mark) while
/// it runs, so memory figures are of that process alone and not of the benchmark harness.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task _sampler;
    private readonly CancellationTokenSource _stop = new();
    private long _peakKb;
    private bool _disposed;

    private ChildProcess(Process process)
    {
        _process = process;
        _sampler = Task.Run(SampleAsync);
    }

    public int Id => _process.Id;

    public long PeakRssBytes => Interlocked.Read(ref _peakKb) * 1024;

    public StreamReader StandardOutput => _process.StandardOutput;

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, bool redirectOutput = true)
    {
        var info = new ProcessStartInfo(fileName, arguments) { RedirectStandardOutput = redirectOutput, RedirectStandardError = false };
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} could not be started.");
        return new ChildProcess(process);
    }

    /// <summary>Starts this benchmark's own binary (the same runtime) with other arguments.</summary>
    public static ChildProcess StartSelf(IEnumerable<string> arguments) =>
        Start(Environment.ProcessPath!, SelfPrefix().Concat(arguments));

    /// <summary>Starts a .dll that sits next to this one (e.g. graph-seed.dll) with the same runtime.</summary>
    public static ChildProcess StartSibling(string dllName, IEnumerable<string> arguments, bool redirectOutput = true) =>
        Start("dotnet", new[] { Path.Combine(AppContext.BaseDirectory, dllName) }.Concat(arguments), redirectOutput);

    public async Task<int> WaitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _sampler.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // the sampler stops with the process
        }
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _stop.Cancel();
        _process.Dispose();
        _stop.Dispose();
    }

    private static IEnumerable<string> SelfPrefix()
    {
        // Under `dotnet KnowledgeGraph.Benchmarks.dll` the process path is the dotnet host: pass the dll again.
        var path = Environment.ProcessPath!;
        return Path.GetFileNameWithoutExtension(path) == "dotnet"
            ? [Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.Benchmarks.dll")]
            : [];
    }

    private async Task SampleAsync()
    {
        var status = $"/proc/{_process.Id}/status";
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                foreach (var line in await File.ReadAllLinesAsync(status, _stop.Token).ConfigureAwait(false))
                {
                    if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                    var kb = long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                    if (kb > Interlocked.Read(ref _peakKb)) Interlocked.Exchange(ref _peakKb, kb);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // the process has exited between samples
            }
            await Task.Delay(100, _stop.Token).ConfigureAwait(false);
        }
    }
}
