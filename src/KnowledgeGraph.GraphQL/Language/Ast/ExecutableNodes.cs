using System.Diagnostics.CodeAnalysis;

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
    // The commonest node of a document, so kept small. A parsed field holds its name as the string; the NameNode is
    // only made when someone asks for it (printing, errors, a visitor of names) — validation and execution read
    // NameValue. What few fields have (an alias, arguments, directives) lives in one side object with that NameNode
    // once made: a plain field is one 56-byte object instead of a 72-byte field and a 40-byte name.
    private readonly string _nameValue = null!;
    private Rare? _rare;

    public FieldNode()
    {
    }

    /// <summary>The parser's constructor: the name is kept as text, the other parts only if the field has them.</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Name is not stored here: it is made from the text on first read.
    internal FieldNode(string nameValue, NameNode? alias, int nameStart, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives)
#pragma warning restore CS8618
    {
        _nameValue = nameValue;
        if (alias is not null || arguments.Count > 0 || directives.Count > 0)
        {
            _rare = new Rare { Alias = alias, NameStart = nameStart, Arguments = arguments, Directives = directives };
        }
    }

    /// <summary>The parser's constructor for a field of a name only (its name starts where the field does).</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // as above
    internal FieldNode(string nameValue) => _nameValue = nameValue;
#pragma warning restore CS8618

    public override Kind Kind => Kind.Field;

    public NameNode? Alias { get => _rare?.Alias; init => RareParts.Alias = value; }

    public required NameNode Name
    {
        get => _rare?.Name ?? MakeName();
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            RareParts.Name = value;
            _nameValue = value.Value;
        }
    }

    /// <summary>The field's name (<c>Name.Value</c>), read without making its <see cref="NameNode"/>.</summary>
    public string NameValue => _nameValue;

    /// <summary>The key of this field in the response: its alias if it has one, else its name.</summary>
    public string ResponseKey => _rare?.Alias?.Value ?? _nameValue;

    public IReadOnlyList<ArgumentNode> Arguments { get => _rare?.Arguments ?? []; init => RareParts.Arguments = value; }

    public override IReadOnlyList<DirectiveNode> Directives { get => _rare?.Directives ?? []; init => RareParts.Directives = value; }

    public SelectionSetNode? SelectionSet { get; init; }

    // Only initialisers call this, before the node is shared.
    private Rare RareParts => _rare ??= new Rare();

    internal override void WalkChildren(AstWalker walker)
    {
        if (walker.VisitsNames)
        {
            walker.Walk(Alias);
            walker.Walk(Name);
        }
        walker.WalkAll(Arguments);
        walker.WalkAll(Directives);
        walker.Walk(SelectionSet);
    }

    private NameNode MakeName()
    {
        // Made once: a document is shared by concurrent requests, and every reader must get the same node.
        var rare = Volatile.Read(ref _rare);
        if (rare is null)
        {
            var fresh = new Rare();
            rare = Interlocked.CompareExchange(ref _rare, fresh, null) ?? fresh;
        }
        // The name ends where its text does: names have no escapes, so the source holds exactly NameValue there.
        var span = Span;
        var start = rare.NameStart >= 0 ? rare.NameStart : span.Start;
        var made = new NameNode
        {
            Value = _nameValue,
            Span = span.Source is null ? default : new SourceSpan(start, start + _nameValue.Length, span.Source),
        };
        return Interlocked.CompareExchange(ref rare.Name, made, null) ?? made;
    }

    private sealed class Rare
    {
        public NameNode? Alias;
        public int NameStart = -1; // where the name starts when an alias precedes it; else where the field starts
        public IReadOnlyList<ArgumentNode>? Arguments;
        public IReadOnlyList<DirectiveNode>? Directives;
        public NameNode? Name;
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
