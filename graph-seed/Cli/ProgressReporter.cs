using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KnowledgeGraph.Seed.Cli;

/// <summary>
/// Shows how far a long run is: a Spectre progress bar with rate and ETA on a terminal, or a plain line every
/// twentieth of the work when output goes to a file or CI log.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _output;
    private readonly bool _interactive;

    public ProgressReporter(TextWriter output)
    {
        _output = output;
        _interactive = Terminal.IsInteractive(output);
        _console = Terminal.For(output);
    }

    /// <summary>Runs <paramref name="work"/>, which calls the callback once per finished item.</summary>
    public async Task RunAsync(string label, int total, Func<Action, Task> work)
    {
        if (_interactive)
        {
            await _console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(),
                    new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(label, maxValue: Math.Max(1, total));
                    await work(() => task.Increment(1)).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                }).ConfigureAwait(false);
            return;
        }

        var done = 0;
        var step = Math.Max(1, total / 20);
        var clock = Stopwatch.StartNew();
        await work(() =>
        {
            var now = Interlocked.Increment(ref done);
            if (now % step != 0 && now != total) return;
            var rate = now / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            var eta = TimeSpan.FromSeconds(Math.Max(0, total - now) / Math.Max(rate, 0.001));
            lock (_output)
            {
                _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} {1}/{2} ({3:0}%) {4:0.0}/s ETA {5:hh\\:mm\\:ss}",
                    label, now, total, 100.0 * now / Math.Max(1, total), rate, eta));
            }
        }).ConfigureAwait(false);
    }

    /// <summary>Items per second, which Spectre's byte-oriented speed column does not show.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(string.Format(CultureInfo.InvariantCulture, "{0:0.0}/s", task.Speed ?? 0), new Style(Color.Grey));
    }
}
