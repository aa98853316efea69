using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.GraphQL.Conformance;

namespace KnowledgeGraph.GraphQL.Differential.Tests;

/// <summary>
/// Every case of the corpus (Cases/) runs through our engine in-process and through graphql-js 17; the responses
/// must agree. One test row per case, named group/case, so a failure says exactly which document differs.
/// </summary>
public sealed class GraphQLJsDifferentialTests
{
    private static readonly Lazy<Dictionary<string, ConformanceCase>> Corpus = new(() =>
        CaseCorpus.Load(RepositoryPaths.Cases).ToDictionary(c => c.Name, StringComparer.Ordinal));

    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in Corpus.Value.Keys) data.Add(name);
        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_400_cases_in_every_area()
    {
        var names = Corpus.Value.Keys.ToList();

        Assert.True(names.Count >= 400, $"only {names.Count} cases");
        foreach (var group in (ReadOnlySpan<string>)["validation/", "syntax/", "execution/", "fragments-directives/", "variables/", "introspection/"])
        {
            Assert.Contains(names, n => n.StartsWith(group, StringComparison.Ordinal));
        }
    }

    [DifferentialTheory]
    [MemberData(nameof(Cases))]
    public async Task Our_response_equals_graphql_js(string caseName)
    {
        var request = Corpus.Value[caseName];
        var theirs = GraphQLJsReference.ResponseFor(caseName);

        // A guard against a hung case, not a speed assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ours = await ConformanceRunner.RunAsync(request, guard.Token);

        var differences = ResponseComparer.Differences(ours, theirs);
        Assert.True(
            differences.Count == 0,
            $"""
            {caseName}: {string.Join("; ", differences)}
            --- document
            {request.Query}
            --- ours
            {ours.ToJsonString(Pretty)}
            --- graphql-js
            {theirs.ToJsonString(Pretty)}
            """);
    }
}
