namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An object or interface type: a named set of fields, possibly implementing interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private readonly OrderedDictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];

    protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public FieldDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    internal void AddField(FieldDefinition field) => _fields[field.Name] = field;

    internal bool HasField(string name) => _fields.ContainsKey(name);

    internal void AddInterface(InterfaceType type) => _interfaces.Add(type);
}
