using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>Runs this test assembly as a loading process (see Loader/Program.cs) and follows its progress.</summary>
public sealed class LoaderProcess : IDisposable
{
    private readonly Process _process;
    private int _loaded;
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LoaderProcess(Process process) => _process = process;

    public int Loaded => Volatile.Read(ref _loaded);

    /// <param name="batchSize">When set, the loader writes batches of this many reports, one transaction each.</param>
    public static LoaderProcess Start(string databasePath, int reportCount, int? batchSize = null)
    {
        var assembly = typeof(LoaderProcess).Assembly.Location;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(assembly);
        info.ArgumentList.Add("load");
        info.ArgumentList.Add(databasePath);
        info.ArgumentList.Add(reportCount.ToString(CultureInfo.InvariantCulture));
        if (batchSize is { } size) info.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var loader = new LoaderProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            if (e.Data.StartsWith("loaded ", StringComparison.Ordinal)) Interlocked.Increment(ref loader._loaded);
            if (e.Data == "done") loader._done.TrySetResult();
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return loader;
    }

    /// <summary>Waits until at least <paramref name="reports"/> reports are committed (or the process ends).</summary>
    public async Task WaitForLoadedAsync(int reports, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (Loaded < reports && !_process.HasExited)
        {
            await Task.Delay(5, cts.Token);
        }
    }

    /// <summary>SIGKILL: no chance to roll back, flush or close anything.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public bool Finished => _done.Task.IsCompleted;

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
