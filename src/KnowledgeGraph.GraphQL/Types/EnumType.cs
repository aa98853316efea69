using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An enum type (spec §3.9). Values map to C# enum members (when bound) or to their names.</summary>
public sealed class EnumType : NamedType
{
    private readonly OrderedDictionary<string, EnumValueDefinition> _values = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValueDefinition>? _byValue;

    public EnumType(string name, string? description = null)
        : base(name, description)
    {
    }

    public IReadOnlyDictionary<string, EnumValueDefinition> Values => _values;

    /// <summary>The C# enum this type is bound to, if any.</summary>
    public Type? ClrType { get; private set; }

    public EnumValueDefinition? GetValue(string name) => _values.GetValueOrDefault(name);

    internal void AddValue(EnumValueDefinition value)
    {
        _values[value.Name] = value;
        _byValue = null;
    }

    /// <summary>Maps each GraphQL value to the C# member of the same name, ignoring case and underscores.</summary>
    internal void BindTo(Type enumType)
    {
        var members = Enum.GetNames(enumType).ToDictionary(Normalize, n => Enum.Parse(enumType, n), StringComparer.Ordinal);
        foreach (var value in _values.Values)
        {
            if (!members.TryGetValue(Normalize(value.Name), out var member))
            {
                throw new InvalidOperationException(
                    $"Enum \"{Name}\" value \"{value.Name}\" has no matching member in {enumType.FullName}.");
            }
            value.Value = member;
        }
        ClrType = enumType;
        _byValue = null;
    }

    /// <summary>Result coercion: a C# value (member, name string) to the GraphQL value name.</summary>
    public string Serialize(object? value)
    {
        _byValue ??= BuildReverseMap();
        if (value is not null && _byValue.TryGetValue(value, out var definition)) return definition.Name;
        if (value is string s && _values.ContainsKey(s)) return s;
        if (value is Enum e && ClrType is null)
        {
            var name = e.ToString();
            foreach (var candidate in _values.Values)
            {
                if (Normalize(candidate.Name) == Normalize(name)) return candidate.Name;
            }
        }
        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(value)}");
    }

    private Dictionary<object, EnumValueDefinition> BuildReverseMap()
    {
        var map = new Dictionary<object, EnumValueDefinition>();
        foreach (var value in _values.Values) map.TryAdd(value.Value, value);
        return map;
    }

    private static string Normalize(string name) =>
        name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
