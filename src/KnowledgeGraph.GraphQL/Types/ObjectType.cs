namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An object type (spec §3.6): the concrete shape of values returned by resolvers.</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }
}
