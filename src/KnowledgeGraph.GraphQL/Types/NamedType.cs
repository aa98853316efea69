using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    private readonly List<TypeExtensionNode> _extensions = [];

    protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>The SDL definition this type was built from (null for built-ins).</summary>
    public TypeDefinitionNode? Definition { get; internal set; }

    /// <summary>SDL extensions merged into this type.</summary>
    public IReadOnlyList<TypeExtensionNode> Extensions => _extensions;

    /// <summary>Directives applied to the definition and its extensions.</summary>
    public IEnumerable<DirectiveNode> AppliedDirectives =>
        (Definition?.Directives ?? []).Concat(_extensions.SelectMany(e => e.Directives));

    /// <summary>True for the five specified scalars and the introspection types.</summary>
    public bool IsBuiltIn { get; internal set; }

    internal void AddExtension(TypeExtensionNode extension) => _extensions.Add(extension);

    public override string ToString() => Name;
}
