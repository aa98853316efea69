namespace KnowledgeGraph.GraphQL.Language.Ast;

// Nodes of executable documents (spec §2.3–§2.12).

public sealed class NameNode : AstNode
{
    public override Kind Kind => Kind.Name;

    public required string Value { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
    }
}

public sealed class DocumentNode : AstNode
{
    public override Kind Kind => Kind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.WalkAll(Definitions);
    }
}

public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override Kind Kind => Kind.OperationDefinition;

    public StringValueNode? Description { get; init; }

    public required OperationType Operation { get; init; }

    public NameNode? Name { get; init; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get => field ?? []; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public override required SelectionSetNode SelectionSet { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Name);
        walker.WalkAll(VariableDefinitions);
        walker.WalkAll(Directives);
        walker.Walk(SelectionSet);
    }
}

public sealed class VariableDefinitionNode : AstNode
{
    public override Kind Kind => Kind.VariableDefinition;

    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Variable);
        walker.Walk(Type);
        walker.Walk(DefaultValue);
        walker.WalkAll(Directives);
    }
}

public sealed class SelectionSetNode : AstNode
{
    public override Kind Kind => Kind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.WalkAll(Selections);
    }
}

public sealed class FieldNode : SelectionNode
{
    public override Kind Kind => Kind.Field;

    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get => field ?? []; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public SelectionSetNode? SelectionSet { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Alias);
        walker.Walk(Name);
        walker.WalkAll(Arguments);
        walker.WalkAll(Directives);
        walker.Walk(SelectionSet);
    }
}

public sealed class ArgumentNode : AstNode
{
    public override Kind Kind => Kind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Name);
        walker.Walk(Value);
    }
}

public sealed class FragmentSpreadNode : SelectionNode
{
    public override Kind Kind => Kind.FragmentSpread;

    public required NameNode Name { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Name);
        walker.WalkAll(Directives);
    }
}

public sealed class InlineFragmentNode : SelectionNode
{
    public override Kind Kind => Kind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public required SelectionSetNode SelectionSet { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(TypeCondition);
        walker.WalkAll(Directives);
        walker.Walk(SelectionSet);
    }
}

public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override Kind Kind => Kind.FragmentDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public override required SelectionSetNode SelectionSet { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Description);
        walker.Walk(Name);
        walker.Walk(TypeCondition);
        walker.WalkAll(Directives);
        walker.Walk(SelectionSet);
    }
}

public sealed class DirectiveNode : AstNode
{
    public override Kind Kind => Kind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Name);
        walker.WalkAll(Arguments);
    }
}
