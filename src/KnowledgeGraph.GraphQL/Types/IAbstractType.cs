namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An interface or union: the concrete object type is decided per value at run time.</summary>
public interface IAbstractType
{
    string Name { get; }

    /// <summary>The bound type resolver; null means the default (<c>__typename</c> key, then CLR type name).</summary>
    TypeResolver? ResolveType { get; }
}
