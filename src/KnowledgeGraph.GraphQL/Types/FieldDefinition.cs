using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A field of an object or interface type, with its arguments and the C# resolver bound to it.</summary>
public sealed class FieldDefinition
{
    public FieldDefinition(string name, GraphQLType type, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public GraphQLType Type { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public FieldDefinitionNode? Definition { get; internal set; }

    /// <summary>The resolver; null means the default resolver (property / dictionary key of the parent).</summary>
    public FieldResolver? Resolver { get; internal set; }

    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name) return argument;
        }
        return null;
    }
}
