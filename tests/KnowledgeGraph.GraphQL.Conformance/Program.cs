using System.Text.Json;
using KnowledgeGraph.GraphQL.Conformance;

// dotnet run --project tests/KnowledgeGraph.GraphQL.Conformance -- --schema S.graphql --data D.json --query Q.graphql
//     [--variables V.json] [--operation NAME]
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal))
    {
        await Console.Error.WriteLineAsync($"Unexpected argument: {args[i]}");
        return 2;
    }
    options[args[i][2..]] = args[i + 1];
}
if (args.Length % 2 != 0 || !options.TryGetValue("schema", out var schemaPath) || !options.TryGetValue("query", out var queryPath))
{
    await Console.Error.WriteLineAsync(
        "usage: --schema S.graphql --data D.json --query Q.graphql [--variables V.json] [--operation NAME]");
    return 2;
}

var request = new ConformanceCase(
    Path.GetFileNameWithoutExtension(queryPath),
    await File.ReadAllTextAsync(schemaPath),
    options.TryGetValue("data", out var dataPath) ? await File.ReadAllTextAsync(dataPath) : "{}",
    await File.ReadAllTextAsync(queryPath),
    options.TryGetValue("variables", out var variablesPath) ? await File.ReadAllTextAsync(variablesPath) : null,
    options.GetValueOrDefault("operation"));
var response = await ConformanceRunner.RunAsync(request);
Console.WriteLine(response.ToJsonString(new JsonSerializerOptions
{
    WriteIndented = true,
    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
}));
return 0;
