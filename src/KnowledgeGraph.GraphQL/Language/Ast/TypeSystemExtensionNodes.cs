namespace KnowledgeGraph.GraphQL.Language.Ast;

// Type system extensions (spec §3.2.2, §3.4.3 …).

public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override Kind Kind => Kind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.WalkAll(Directives);
        walker.WalkAll(OperationTypes);
    }
}

public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.ScalarTypeExtension;

    public override required NameNode Name { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Name);
        walker.WalkAll(Directives);
    }
}

public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.ObjectTypeExtension;

    public override required NameNode Name { get; init; }

    public IReadOnlyList<NamedTypeNode> Interfaces { get => field ?? []; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Name);
        walker.WalkAll(Interfaces);
        walker.WalkAll(Directives);
        walker.WalkAll(Fields);
    }
}

public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.InterfaceTypeExtension;

    public override required NameNode Name { get; init; }

    public IReadOnlyList<NamedTypeNode> Interfaces { get => field ?? []; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Name);
        walker.WalkAll(Interfaces);
        walker.WalkAll(Directives);
        walker.WalkAll(Fields);
    }
}

public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.UnionTypeExtension;

    public override required NameNode Name { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<NamedTypeNode> Types { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Name);
        walker.WalkAll(Directives);
        walker.WalkAll(Types);
    }
}

public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.EnumTypeExtension;

    public override required NameNode Name { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<EnumValueDefinitionNode> Values { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Name);
        walker.WalkAll(Directives);
        walker.WalkAll(Values);
    }
}

public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.InputObjectTypeExtension;

    public override required NameNode Name { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<InputValueDefinitionNode> Fields { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Name);
        walker.WalkAll(Directives);
        walker.WalkAll(Fields);
    }
}
