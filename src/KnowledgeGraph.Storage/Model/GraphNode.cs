namespace KnowledgeGraph.Storage.Model;

/// <summary>
/// Any node of the graph as readers see it. Ids are <see cref="KnowledgeGraph.Domain.StableId"/> values
/// ("Document:…"), so the type of a node can be read from its id alone (useful for GraphQL <c>node(id)</c>).
/// </summary>
public abstract record GraphNode(string Id)
{
    /// <summary>The node label, identical in every backend ("Region", "Agency", "Document" …).</summary>
    public abstract string Label { get; }
}
