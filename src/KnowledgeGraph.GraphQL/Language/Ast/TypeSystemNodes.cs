namespace KnowledgeGraph.GraphQL.Language.Ast;

// Type system definitions (spec §3).

public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public override Kind Kind => Kind.SchemaDefinition;

    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.WalkAll(Directives);
        walker.WalkAll(OperationTypes);
    }
}

public sealed class OperationTypeDefinitionNode : AstNode
{
    public override Kind Kind => Kind.OperationTypeDefinition;

    public required OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Type);
    }
}

public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.ScalarTypeDefinition;

    public override StringValueNode? Description { get; init; }

    public override required NameNode Name { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Name);
        walker.WalkAll(Directives);
    }
}

public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.ObjectTypeDefinition;

    public override StringValueNode? Description { get; init; }

    public override required NameNode Name { get; init; }

    public IReadOnlyList<NamedTypeNode> Interfaces { get => field ?? []; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Name);
        walker.WalkAll(Interfaces);
        walker.WalkAll(Directives);
        walker.WalkAll(Fields);
    }
}

public sealed class FieldDefinitionNode : AstNode
{
    public override Kind Kind => Kind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get => field ?? []; init; }

    public required TypeNode Type { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Name);
        walker.WalkAll(Arguments);
        walker.Walk(Type);
        walker.WalkAll(Directives);
    }
}

public sealed class InputValueDefinitionNode : AstNode
{
    public override Kind Kind => Kind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Name);
        walker.Walk(Type);
        walker.Walk(DefaultValue);
        walker.WalkAll(Directives);
    }
}

public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.InterfaceTypeDefinition;

    public override StringValueNode? Description { get; init; }

    public override required NameNode Name { get; init; }

    public IReadOnlyList<NamedTypeNode> Interfaces { get => field ?? []; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Name);
        walker.WalkAll(Interfaces);
        walker.WalkAll(Directives);
        walker.WalkAll(Fields);
    }
}

public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.UnionTypeDefinition;

    public override StringValueNode? Description { get; init; }

    public override required NameNode Name { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<NamedTypeNode> Types { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Name);
        walker.WalkAll(Directives);
        walker.WalkAll(Types);
    }
}

public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.EnumTypeDefinition;

    public override StringValueNode? Description { get; init; }

    public override required NameNode Name { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<EnumValueDefinitionNode> Values { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Name);
        walker.WalkAll(Directives);
        walker.WalkAll(Values);
    }
}

public sealed class EnumValueDefinitionNode : AstNode
{
    public override Kind Kind => Kind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Name);
        walker.WalkAll(Directives);
    }
}

public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.InputObjectTypeDefinition;

    public override StringValueNode? Description { get; init; }

    public override required NameNode Name { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<InputValueDefinitionNode> Fields { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Name);
        walker.WalkAll(Directives);
        walker.WalkAll(Fields);
    }
}

public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public override Kind Kind => Kind.DirectiveDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get => field ?? []; init; }

    public bool Repeatable { get; init; }

    public IReadOnlyList<NameNode> Locations { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Name);
        walker.WalkAll(Arguments);
        walker.WalkAll(Locations);
    }
}
