using System.Reflection;
using System.Text;
using KnowledgeGraph.Neo4j.Cypher;

namespace KnowledgeGraph.Neo4j.Store;

/// <summary>
/// The statements of schema/neo4j/*.cypher (embedded in this assembly), in file order. Every one is idempotent
/// (IF NOT EXISTS), so applying them at each start-up is safe.
/// </summary>
public static class SchemaScripts
{
    public static IReadOnlyList<CypherStatement> Statements { get; } = Load();

    private static List<CypherStatement> Load()
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var statements = new List<CypherStatement>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("neo4j/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var n = 0;
            foreach (var text in Split(reader.ReadToEnd()))
            {
                statements.Add(new CypherStatement($"Schema.{Path.GetFileNameWithoutExtension(resource["neo4j/".Length..])}.{++n}", text));
            }
        }
        return statements;
    }

    /// <summary>Statements end with ';' at the end of a line; whole-line // comments are dropped.</summary>
    internal static IEnumerable<string> Split(string script)
    {
        var current = new StringBuilder();
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.TrimEnd('\r', ' ', '\t');
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.Length == 0) continue;
            current.AppendLine(line);
            if (line.EndsWith(';'))
            {
                yield return current.ToString().Trim().TrimEnd(';');
                current.Clear();
            }
        }
        if (current.Length > 0) yield return current.ToString().Trim();
    }

    internal static Assembly Assembly => typeof(SchemaScripts).Assembly;
}
