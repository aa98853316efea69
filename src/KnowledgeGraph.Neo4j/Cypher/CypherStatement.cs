namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// A Cypher statement the project sends, with a name for diagnostics and the parameters callers pass.
/// Values always travel as parameters; the text never contains user input.
/// </summary>
public sealed record CypherStatement(string Name, string Text, params string[] Parameters)
{
    public override string ToString() => Name;
}
