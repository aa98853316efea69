using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>The fields to execute for one object type and selection: response keys, nodes and definitions.</summary>
internal sealed class FieldPlan
{
    public FieldPlan(string[] keys, List<FieldNode>[] nodes, FieldDefinition?[] definitions, bool[] isTypeName)
    {
        Keys = keys;
        Nodes = nodes;
        Definitions = definitions;
        IsTypeName = isTypeName;
    }

    public string[] Keys { get; }

    public List<FieldNode>[] Nodes { get; }

    /// <summary>Null for <c>__typename</c> (answered without a resolver).</summary>
    public FieldDefinition?[] Definitions { get; }

    public bool[] IsTypeName { get; }

    public int Count => Keys.Length;
}
