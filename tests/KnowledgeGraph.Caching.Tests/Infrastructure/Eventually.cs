using System.Diagnostics;

namespace KnowledgeGraph.Caching.Tests.Infrastructure;

/// <summary>
/// Waits for a condition that depends on another process (a reconnect, a pub/sub message). The timeout is only
/// a guard against hanging forever, never the thing under test.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    public static async Task TrueAsync(Func<Task<bool>> condition, string because)
    {
        var elapsed = Stopwatch.StartNew();
        while (!await condition())
        {
            if (elapsed.Elapsed > Guard)
            {
                Assert.Fail($"Still not true after {Guard.TotalSeconds:0}s: {because}");
            }

            await Task.Delay(25);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string because) => TrueAsync(() => Task.FromResult(condition()), because);
}
