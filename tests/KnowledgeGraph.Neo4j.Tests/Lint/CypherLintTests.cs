using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Store;

namespace KnowledgeGraph.Neo4j.Tests.Lint;

/// <summary>Every statement the project can send passes Neo4j's own parser and semantic analysis against our real schema.</summary>
public sealed class CypherLintTests
{
    [CypherLintFact]
    public async Task Every_registered_statement_has_no_syntax_or_semantic_errors_and_no_warnings()
    {
        var statements = CypherRegistry.All;

        var (checkedCount, diagnostics) = await CypherLint.RunAsync(statements);

        Assert.Equal(statements.Count, checkedCount);
        Assert.True(diagnostics.Count == 0, "Cypher lint found:\n" + string.Join("\n", diagnostics.Select(d => $"{d.Name} {d.Line}:{d.Column} {d.Severity}: {d.Message}")));
    }

    [CypherLintFact]
    public async Task The_linter_catches_a_misspelt_label_an_undefined_variable_and_an_undeclared_parameter()
    {
        // Proves the check has teeth: the same tool, the same schema, a statement with three mistakes.
        var broken = new CypherStatement("Broken", "MATCH (d:Documnt {id: $id}) RETURN x", []);

        var (_, diagnostics) = await CypherLint.RunAsync([broken]);

        Assert.Contains(diagnostics, d => d.Severity == "warning" && d.Message.Contains("Documnt", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Severity == "error" && d.Message.Contains("Variable `x` not defined", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Severity == "error" && d.Message.Contains("$id", StringComparison.Ordinal));
    }

    [Fact]
    public void The_registry_holds_the_schema_scripts_and_every_statement_family()
    {
        var names = CypherRegistry.All.Select(s => s.Name).ToHashSet();

        Assert.All(SchemaScripts.Statements, s => Assert.Contains(s.Name, names));
        Assert.Contains(SchemaScripts.Statements, s => s.Text.Contains("FULLTEXT INDEX", StringComparison.Ordinal) && s.Text.Contains("'cjk'", StringComparison.Ordinal));
        foreach (var family in new[] { "Ingest.", "Read.", "List.", "Traversal.", "Search.", "Aggregate.", "Curation.", "Export.", "Import.", "Store.", "Schema." })
            Assert.Contains(names, n => n.StartsWith(family, StringComparison.Ordinal));
        Assert.Equal(names.Count, CypherRegistry.All.Count);
    }
}
