using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValueDefinition
{
    private object? _defaultValue;
    private bool _defaultCoerced;

    public InputValueDefinition(string name, GraphQLType type, string? description = null)
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

    /// <summary>The default value as written in SDL (null when there is none).</summary>
    public ValueNode? DefaultValueLiteral { get; internal set; }

    public bool HasDefaultValue => DefaultValueLiteral is not null;

    /// <summary>The default value coerced to the input type (internal representation); null when none.</summary>
    public object? DefaultValue
    {
        get
        {
            if (!_defaultCoerced && DefaultValueLiteral is not null)
            {
                _defaultValue = ValueCoercion.ValueFromAst(DefaultValueLiteral, Type, null, out _);
                _defaultCoerced = true;
            }
            return _defaultValue;
        }
    }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Non-null without a default: must be given.</summary>
    public bool IsRequired => Type is NonNullType && DefaultValueLiteral is null;

    public InputValueDefinitionNode? Definition { get; internal set; }
}
