using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Storage.Queries;

/// <summary>Summary of the whole graph: how many nodes of each label and edges of each relation.</summary>
public sealed record GraphCounts(IReadOnlyDictionary<string, long> Nodes, IReadOnlyDictionary<string, long> Edges)
{
    public long NodeCount(string label) => Nodes.TryGetValue(label, out var n) ? n : 0;

    public long EdgeCount(Relation relation) => Edges.TryGetValue(relation.ToString(), out var n) ? n : 0;
}
