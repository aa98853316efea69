namespace KnowledgeGraph.GraphQL.Conformance;

/// <summary>
/// Reads a folder of cases laid out as tools/graphql-reference/run.mjs expects: each sub-folder is a group with a
/// shared <c>schema.graphql</c> and <c>data.json</c>; every other <c>NAME.graphql</c> is a case, with optional
/// <c>NAME.variables.json</c> and <c>NAME.operation</c>. Cases come in the same order as run.mjs prints them.
/// </summary>
public static class CaseCorpus
{
    public static IReadOnlyList<ConformanceCase> Load(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        var cases = new List<ConformanceCase>();
        foreach (var group in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var schemaPath = Path.Combine(group, "schema.graphql");
            if (!File.Exists(schemaPath)) continue;
            var schema = File.ReadAllText(schemaPath);
            var dataPath = Path.Combine(group, "data.json");
            var data = File.Exists(dataPath) ? File.ReadAllText(dataPath) : "{}";
            var groupName = Path.GetFileName(group);
            var files = Directory.GetFiles(group, "*.graphql")
                .Select(Path.GetFileName)
                .Where(f => f != "schema.graphql")
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var name = Path.GetFileNameWithoutExtension(file!);
                cases.Add(new ConformanceCase(
                    groupName + "/" + name,
                    schema,
                    data,
                    File.ReadAllText(Path.Combine(group, file!)),
                    ReadOptional(Path.Combine(group, name + ".variables.json")),
                    ReadOptional(Path.Combine(group, name + ".operation"))?.Trim()));
            }
        }
        return cases;
    }

    private static string? ReadOptional(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
