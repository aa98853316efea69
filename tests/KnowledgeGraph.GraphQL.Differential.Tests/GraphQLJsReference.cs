using System.Diagnostics;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.GraphQL.Differential.Tests;

/// <summary>
/// graphql-js's responses for the whole corpus, from one run of tools/graphql-reference/run.mjs (started once per
/// test run). Without node_modules the suite is skipped locally but fails under CI=true, where tools are required.
/// </summary>
internal static class GraphQLJsReference
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Responses =
        new(RunCorpus, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Why the reference cannot run here (null when it can, or when CI requires it to).</summary>
    public static string? SkipReason
    {
        get
        {
            if (Directory.Exists(Path.Combine(RepositoryPaths.ReferenceTool, "node_modules", "graphql"))) return null;
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) return null;
            return "graphql-js is not installed (run scripts/install-test-deps.sh); the differential suite needs it.";
        }
    }

    public static JsonObject ResponseFor(string caseName) =>
        Responses.Value.TryGetValue(caseName, out var response)
            ? response
            : throw new InvalidOperationException($"graphql-js printed no response for case {caseName}.");

    private static IReadOnlyDictionary<string, JsonObject> RunCorpus()
    {
        var tool = RepositoryPaths.ReferenceTool;
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "graphql")))
        {
            throw new InvalidOperationException(
                $"graphql-js is missing: {tool}/node_modules/graphql. CI must run scripts/install-test-deps.sh first.");
        }
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tool,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("run.mjs");
        start.ArgumentList.Add("--cases");
        start.ArgumentList.Add(RepositoryPaths.Cases);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var stderr = process.StandardError.ReadToEndAsync();
        var responses = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        while (process.StandardOutput.ReadLine() is { } line)
        {
            var entry = JsonNode.Parse(line)!.AsObject();
            responses[entry["case"]!.GetValue<string>()] = entry["response"]!.AsObject();
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"graphql-js reference run failed ({process.ExitCode}): {stderr.Result}");
        }
        return responses;
    }
}
