namespace KnowledgeGraph.GraphQL.Language.Ast;

// Type references (spec §2.11).

public sealed class NamedTypeNode : TypeNode
{
    public override Kind Kind => Kind.NamedType;

    public required NameNode Name { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Name);
    }
}

public sealed class ListTypeNode : TypeNode
{
    public override Kind Kind => Kind.ListType;

    public required TypeNode Type { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Type);
    }
}

public sealed class NonNullTypeNode : TypeNode
{
    public override Kind Kind => Kind.NonNullType;

    public required TypeNode Type { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Type);
    }
}
