namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An input object type (spec §3.10), optionally <c>@oneOf</c>.</summary>
public sealed class InputObjectType : NamedType
{
    private readonly OrderedDictionary<string, InputValueDefinition> _fields = new(StringComparer.Ordinal);

    public InputObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public IReadOnlyDictionary<string, InputValueDefinition> Fields => _fields;

    /// <summary>Exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; internal set; }

    public InputValueDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    internal void AddField(InputValueDefinition field) => _fields[field.Name] = field;

    internal bool HasField(string name) => _fields.ContainsKey(name);
}
