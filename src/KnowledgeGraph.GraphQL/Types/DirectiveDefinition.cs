using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A directive the schema declares (built-in or from SDL).</summary>
public sealed class DirectiveDefinition
{
    public DirectiveDefinition(
        string name,
        IReadOnlyList<DirectiveLocation> locations,
        IReadOnlyList<InputValueDefinition>? arguments = null,
        bool isRepeatable = false,
        string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Locations = locations;
        Arguments = arguments ?? [];
        IsRepeatable = isRepeatable;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public IReadOnlyList<DirectiveLocation> Locations { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; }

    public bool IsRepeatable { get; internal set; }

    public DirectiveDefinitionNode? Definition { get; internal set; }

    public bool IsBuiltIn { get; internal init; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinition? GetArgument(string name) => Arguments.FirstOrDefault(a => a.Name == name);

    public override string ToString() => "@" + Name;
}
