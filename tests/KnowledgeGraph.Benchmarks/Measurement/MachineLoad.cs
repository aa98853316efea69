namespace KnowledgeGraph.Benchmarks.Measurement;

/// <summary>
/// The machine's load when a suite runs, printed with its figures: on shared cores a timing means little without it.
/// </summary>
public static class MachineLoad
{
    /// <summary>The 1-, 5- and 15-minute load averages from /proc/loadavg, or "unknown" where there is none.</summary>
    public static string Average()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    /// <summary>The line a suite prints before its figures.</summary>
    public static string Line() => $"Machine: {Environment.ProcessorCount} cores, load average {Average()} at start.";
}
