namespace KnowledgeGraph.GraphQL.Language.Ast;

// Abstract groupings of AST nodes, mirroring graphql-js's node unions.

/// <summary>A top-level definition of a document.</summary>
public abstract class DefinitionNode : AstNode
{
}

/// <summary>An operation or a fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }

    public abstract SelectionSetNode SelectionSet { get; init; }
}

/// <summary>A schema, type or directive definition.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
}

/// <summary>A named type definition (scalar, object, interface, union, enum, input object).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public abstract StringValueNode? Description { get; init; }

    public abstract NameNode Name { get; init; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary>A schema or type extension.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
}

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public abstract NameNode Name { get; init; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : AstNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary>An input value literal or a variable.</summary>
public abstract class ValueNode : AstNode
{
}

/// <summary>A type reference: named, list or non-null.</summary>
public abstract class TypeNode : AstNode
{
}
