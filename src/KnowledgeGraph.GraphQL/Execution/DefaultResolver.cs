using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The resolver used when none is bound: reads the field from the parent value — a dictionary key, a JSON
/// property, or a C# property (case-insensitive, so <c>regionName</c> finds <c>RegionName</c>). Property getters are
/// compiled once per (type, field) and cached.
/// </summary>
public static class DefaultResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Field), Func<object, object?>?> Getters = new();

    public static object? Resolve(object? parent, string fieldName)
    {
        PropertyReader? reader = null;
        return Resolve(parent, fieldName, ref reader);
    }

    /// <summary>
    /// As <see cref="Resolve(object?, string)"/>, with <paramref name="reader"/> as a one-entry cache of the getter: only
    /// types that are not dictionaries or JSON are ever cached, so a hit reads exactly what the full lookup would.
    /// </summary>
    internal static object? Resolve(object? parent, string fieldName, ref PropertyReader? reader)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        if (parent is not null && Volatile.Read(ref reader) is { } cached && cached.Type == parent.GetType())
        {
            return cached.Getter?.Invoke(parent);
        }
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary<string, object?> dict:
                return dict.TryGetValue(fieldName, out var dictValue) ? dictValue : null;
            case JsonElement { ValueKind: JsonValueKind.Object } json:
                return json.TryGetProperty(fieldName, out var property) ? property : null;
            case IDictionary legacy:
                return legacy.Contains(fieldName) ? legacy[fieldName] : null;
        }
        var type = parent.GetType();
        var getter = Getters.GetOrAdd((type, fieldName), static key => CompileGetter(key.Type, key.Field));
        // The first type seen wins: parents of mixed types fall back to the shared table instead of thrashing the cache.
        if (Volatile.Read(ref reader) is null) Interlocked.CompareExchange(ref reader, new PropertyReader(type, getter), null);
        return getter?.Invoke(parent);
    }

    private static Func<object, object?>? CompileGetter(Type type, string field)
    {
        var member = (MemberInfo?)type.GetProperty(field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            ?? type.GetField(field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (member is PropertyInfo property && (property.GetMethod is null || property.GetIndexParameters().Length > 0)) member = null;
        if (member is null) return null;
        var parameter = Expression.Parameter(typeof(object), "parent");
        var access = Expression.MakeMemberAccess(Expression.Convert(parameter, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), parameter).Compile();
    }
}
