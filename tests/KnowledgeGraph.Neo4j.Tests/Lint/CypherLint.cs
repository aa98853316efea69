using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Neo4j.Cypher;

namespace KnowledgeGraph.Neo4j.Tests.Lint;

/// <summary>Runs tools/cypher-lint (node + @neo4j-cypher/language-support) over statements and returns its diagnostics.</summary>
public static class CypherLint
{
    public static string RepoRoot { get; } = FindRoot();

    public static string ToolPath => Path.Combine(RepoRoot, "tools", "cypher-lint");

    public static string ModulesPath => Path.Combine(ToolPath, "node_modules", "@neo4j-cypher", "language-support");

    public static bool IsInstalled => Directory.Exists(ModulesPath);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public sealed record Diagnostic(string Name, string Severity, string Message, int Line, int Column);

    public static async Task<(int Checked, IReadOnlyList<Diagnostic> Diagnostics)> RunAsync(IEnumerable<CypherStatement> statements)
    {
        if (!IsInstalled)
            throw new InvalidOperationException($"The Cypher linter is not installed at {ModulesPath}: run scripts/install-test-deps.sh.");

        var dir = Directory.CreateTempSubdirectory("cypher-lint-");
        try
        {
            var schemaPath = Path.Combine(dir.FullName, "schema.json");
            await File.WriteAllTextAsync(schemaPath, JsonSerializer.Serialize(new
            {
                labels = GraphSchema.Labels,
                relationshipTypes = GraphSchema.RelationshipTypes,
                propertyKeys = GraphSchema.PropertyKeys.Concat(GraphSchema.ParameterKeys).ToList(),
            }));
            var input = new StringBuilder();
            foreach (var s in statements)
                input.AppendLine(JsonSerializer.Serialize(new { name = s.Name, statement = s.Text, parameters = s.Parameters }));
            var inputPath = Path.Combine(dir.FullName, "statements.jsonl");
            await File.WriteAllTextAsync(inputPath, input.ToString());

            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ToolPath };
            foreach (var arg in new[] { "lint.mjs", "--schema", schemaPath, inputPath }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode is not (0 or 1))
                throw new InvalidOperationException($"cypher-lint failed ({process.ExitCode}): {await stderr}");

            using var doc = JsonDocument.Parse(await stdout);
            var diagnostics = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new Diagnostic(
                d.GetProperty("name").GetString()!, d.GetProperty("severity").GetString()!, d.GetProperty("message").GetString()!,
                d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32())).ToList();
            return (doc.RootElement.GetProperty("checked").GetInt32(), diagnostics);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "tools")) && Directory.Exists(Path.Combine(dir.FullName, "schema")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("Cannot find the repository root (a folder with tools/ and schema/) above " + AppContext.BaseDirectory);
    }
}
