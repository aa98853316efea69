namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A union of object types (spec §3.8).</summary>
public sealed class UnionType : NamedType, IAbstractType
{
    private readonly List<ObjectType> _types = [];

    public UnionType(string name, string? description = null)
        : base(name, description)
    {
    }

    public IReadOnlyList<ObjectType> Types => _types;

    public TypeResolver? ResolveType { get; internal set; }

    internal void AddType(ObjectType type) => _types.Add(type);
}
