using System.Reflection;
using KnowledgeGraph.Neo4j.Store;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement the project can send, in one list, so the offline lint (Neo4j's own parser and semantic
/// analysis) checks them all: the fixed statements (every static CypherStatement field of this namespace, found by
/// reflection so none is forgotten), the per-label and per-relation ones, the list and aggregation statements
/// built with every filter condition and sort field set, and the schema scripts.
/// </summary>
public static class CypherRegistry
{
    public static IReadOnlyList<CypherStatement> All { get; } = Collect();

    private static List<CypherStatement> Collect()
    {
        var fixedStatements = typeof(CypherRegistry).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(CypherRegistry).Namespace && t.IsAbstract && t.IsSealed) // static classes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(CypherStatement))
            .Select(f => (CypherStatement)f.GetValue(null)!);

        var generated = IngestStatements.Generated
            .Concat(NodeLabels.All.Select(ReadStatements.NodesById))
            .Concat(ReadStatements.AllNeighbors())
            .Concat(ListQueries.Samples())
            .Concat(AggregationQueries.Samples())
            .Concat(CurationStatements.Generated)
            .Concat(ExchangeStatements.Generated)
            .Concat(ExchangeStatements.ImpliedLinks)
            .Concat([StoreStatements.NodeCounts, StoreStatements.EdgeCounts])
            .Concat(SchemaScripts.Statements);

        return fixedStatements.Concat(generated).DistinctBy(s => (s.Name, s.Text)).ToList();
    }
}
