using KnowledgeGraph.GraphQL.Language.Ast;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>One value of an enum type: its GraphQL name and the C# value it maps to.</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object value, string? description = null)
    {
        Name = name;
        Value = value;
        Description = description;
    }

    public string Name { get; }

    /// <summary>The internal value: a C# enum member when bound, else the name itself.</summary>
    public object Value { get; internal set; }

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? Definition { get; internal set; }
}
