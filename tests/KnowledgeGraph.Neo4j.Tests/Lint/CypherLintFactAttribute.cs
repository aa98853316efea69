namespace KnowledgeGraph.Neo4j.Tests.Lint;

/// <summary>
/// Runs when tools/cypher-lint has its node_modules (scripts/install-test-deps.sh installs them). Skipped with the
/// reason otherwise — except under CI=true, where a missing linter must fail the build, never pass silently.
/// </summary>
public sealed class CypherLintFactAttribute : FactAttribute
{
    public CypherLintFactAttribute()
    {
        if (!CypherLint.IsInstalled && !CypherLint.IsCi)
            Skip = $"tools/cypher-lint is not installed ({CypherLint.ModulesPath}); run scripts/install-test-deps.sh. Under CI=true this fails instead.";
    }
}
