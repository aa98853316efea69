using System.Globalization;

namespace KnowledgeGraph.Neo4j.Client;

/// <summary>One row of a result, addressable by field name or position.</summary>
public sealed class Neo4jRecord
{
    private readonly IReadOnlyList<string> _fields;
    private readonly IReadOnlyList<object?> _values;

    public Neo4jRecord(IReadOnlyList<string> fields, IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(values);
        if (fields.Count != values.Count)
            throw new ArgumentException($"A record of {fields.Count} fields cannot hold {values.Count} values.", nameof(values));
        _fields = fields;
        _values = values;
    }

    public IReadOnlyList<string> Fields => _fields;

    public IReadOnlyList<object?> Values => _values;

    public object? this[int index] => _values[index];

    public object? this[string field]
    {
        get
        {
            for (var i = 0; i < _fields.Count; i++)
            {
                if (string.Equals(_fields[i], field, StringComparison.Ordinal)) return _values[i];
            }
            throw new KeyNotFoundException($"The result has no field '{field}'; it has {string.Join(", ", _fields)}.");
        }
    }

    /// <summary>
    /// The value converted to T: integers convert between widths, long→double, and null gives default
    /// (so use a nullable T where Cypher may return null).
    /// </summary>
    public T Get<T>(string field) => Convert<T>(this[field], field);

    public static T Convert<T>(object? value, string what)
    {
        if (value is null)
        {
            return default(T) is null || Nullable.GetUnderlyingType(typeof(T)) is not null
                ? default!
                : throw new InvalidCastException($"'{what}' is null but {typeof(T).Name} cannot be null.");
        }
        if (value is T typed) return typed;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && (target.IsPrimitive || target == typeof(decimal)))
            return (T)System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        throw new InvalidCastException($"'{what}' is a {value.GetType().Name}, not a {typeof(T).Name}.");
    }
}
