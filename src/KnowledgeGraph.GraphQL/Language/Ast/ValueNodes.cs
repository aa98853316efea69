namespace KnowledgeGraph.GraphQL.Language.Ast;

// Input value literals (spec §2.9).

public sealed class VariableNode : ValueNode
{
    public override Kind Kind => Kind.Variable;

    public required NameNode Name { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Name);
    }
}

public sealed class IntValueNode : ValueNode
{
    public override Kind Kind => Kind.IntValue;

    public required string Value { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
    }
}

public sealed class FloatValueNode : ValueNode
{
    public override Kind Kind => Kind.FloatValue;

    public required string Value { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
    }
}

public sealed class StringValueNode : ValueNode
{
    public override Kind Kind => Kind.StringValue;

    public required string Value { get; init; }

    public bool Block { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
    }
}

public sealed class BooleanValueNode : ValueNode
{
    public override Kind Kind => Kind.BooleanValue;

    public bool Value { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
    }
}

public sealed class NullValueNode : ValueNode
{
    public override Kind Kind => Kind.NullValue;

    internal override void WalkChildren(AstWalker walker)
    {
    }
}

public sealed class EnumValueNode : ValueNode
{
    public override Kind Kind => Kind.EnumValue;

    public required string Value { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
    }
}

public sealed class ListValueNode : ValueNode
{
    public override Kind Kind => Kind.ListValue;

    public IReadOnlyList<ValueNode> Values { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.WalkAll(Values);
    }
}

public sealed class ObjectValueNode : ValueNode
{
    public override Kind Kind => Kind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get => field ?? []; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.WalkAll(Fields);
    }
}

public sealed class ObjectFieldNode : AstNode
{
    public override Kind Kind => Kind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }

    internal override void WalkChildren(AstWalker walker)
    {
        walker.Walk(Name);
        walker.Walk(Value);
    }
}
