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
        IsLeaf = new bool[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            IsLeaf[i] = definitions[i] is { } definition && TypeHelpers.GetNullableType(definition.Type) is ScalarType or EnumType;
        }
        Readers = new PropertyReader?[keys.Length];
        ParentReaders = new Func<object?, object?>?[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            if (definitions[i] is { } definition) ParentReaders[i] = Introspection.IntrospectionTypes.ParentReader(definition);
        }
    }

    public string[] Keys { get; }

    public List<FieldNode>[] Nodes { get; }

    /// <summary>Null for <c>__typename</c> (answered without a resolver).</summary>
    public FieldDefinition?[] Definitions { get; }

    public bool[] IsTypeName { get; }

    /// <summary>The field's value is a scalar or enum: completing it needs no response path unless it fails.</summary>
    public bool[] IsLeaf { get; }

    /// <summary>Per field, the default resolver's getter for the last parent type seen (an inline cache).</summary>
    public PropertyReader?[] Readers { get; }

    /// <summary>Per field, a resolver that needs only the parent value (introspection's), called without a context.</summary>
    public Func<object?, object?>?[] ParentReaders { get; }

    public int Count => Keys.Length;
}
