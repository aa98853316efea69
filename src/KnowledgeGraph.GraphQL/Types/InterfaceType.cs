namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An interface type (spec §3.7), which may itself implement interfaces.</summary>
public sealed class InterfaceType : ComplexType, IAbstractType
{
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    public TypeResolver? ResolveType { get; internal set; }
}
