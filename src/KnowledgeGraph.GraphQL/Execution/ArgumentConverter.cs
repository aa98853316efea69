using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Converts coerced argument values (int, double, string, bool, enum, dictionaries, lists) to requested C# types.</summary>
internal static class ArgumentConverter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static T Convert<T>(object? value, string argumentName)
    {
        if (value is T typed) return typed;
        if (value is null)
        {
            if (default(T) is null) return default!;
            throw new InvalidOperationException($"Argument \"{argumentName}\" is null; it cannot be read as {typeof(T).Name}.");
        }
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            if (target.IsEnum)
            {
                return (T)(value is string s ? Enum.Parse(target, s.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true) : Enum.ToObject(target, value));
            }
            if (target == typeof(Guid) && value is string g) return (T)(object)Guid.Parse(g);
            if (value is IConvertible && (target.IsPrimitive || target == typeof(decimal) || target == typeof(string)))
            {
                return (T)System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            }
            if (value is IDictionary<string, object?> or IEnumerable and not string)
            {
                var element = JsonSerializer.SerializeToElement(ToSerializable(value), Json);
                return element.Deserialize<T>(Json)!;
            }
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or JsonException or ArgumentException or NotSupportedException)
        {
            throw new InvalidOperationException($"Argument \"{argumentName}\" cannot be read as {typeof(T).Name}: {ex.Message}", ex);
        }
        throw new InvalidOperationException($"Argument \"{argumentName}\" of type {value.GetType().Name} cannot be read as {typeof(T).Name}.");
    }

    // Enum members become their names so records with string or enum properties both bind.
    private static object? ToSerializable(object? value) => value switch
    {
        IDictionary<string, object?> dict => dict.ToDictionary(kv => kv.Key, kv => ToSerializable(kv.Value), StringComparer.Ordinal),
        string s => s,
        Enum e => e.ToString(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable list => list.Cast<object?>().Select(ToSerializable).ToList(),
        _ => value,
    };
}
