using System.Globalization;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Builds a WHERE clause from the `where:` filter records. Only fixed Cypher fragments written here enter the
/// text; every value becomes a parameter ($w0, $w1 …), so user input never touches the statement.
/// </summary>
public sealed class CypherWhere
{
    private readonly List<string> _conditions = [];
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    public string Clause => _conditions.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", _conditions);

    public string Parameter(object? value)
    {
        var name = "w" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters[name] = value;
        return "$" + name;
    }

    public CypherWhere Raw(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    /// <summary><paramref name="expression"/> is a fixed property path such as n.name.</summary>
    public CypherWhere String(string expression, StringMatch? match, Func<string, string>? normalize = null)
    {
        if (match is null) return this;
        normalize ??= s => s;
        if (match.Eq is not null) Raw($"{expression} = {Parameter(normalize(match.Eq))}");
        if (match.Neq is not null) Raw($"({expression} IS NULL OR {expression} <> {Parameter(normalize(match.Neq))})");
        if (match.In is not null) Raw($"{expression} IN {Parameter(match.In.Select(normalize).ToList())}");
        if (match.Contains is not null) Raw($"{expression} CONTAINS {Parameter(match.Contains)}");
        if (match.StartsWith is not null) Raw($"{expression} STARTS WITH {Parameter(match.StartsWith)}");
        return this;
    }

    /// <summary>A string condition on any of several values (a name or one of its aliases): <paramref name="listExpression"/> is a list.</summary>
    public CypherWhere AnyString(string listExpression, StringMatch? match)
    {
        if (match is null) return this;
        if (match.Eq is not null) Raw($"any(x IN {listExpression} WHERE x = {Parameter(match.Eq)})");
        if (match.Neq is not null) Raw($"none(x IN {listExpression} WHERE x = {Parameter(match.Neq)})");
        if (match.In is not null) Raw($"any(x IN {listExpression} WHERE x IN {Parameter(match.In.ToList())})");
        if (match.Contains is not null) Raw($"any(x IN {listExpression} WHERE x CONTAINS {Parameter(match.Contains)})");
        if (match.StartsWith is not null) Raw($"any(x IN {listExpression} WHERE x STARTS WITH {Parameter(match.StartsWith)})");
        return this;
    }

    public CypherWhere Int(string expression, IntMatch? match)
    {
        if (match is null) return this;
        if (match.Eq is not null) Raw($"{expression} = {Parameter(match.Eq)}");
        if (match.Neq is not null) Raw($"({expression} IS NULL OR {expression} <> {Parameter(match.Neq)})");
        if (match.In is not null) Raw($"{expression} IN {Parameter(match.In.ToList())}");
        if (match.Gt is not null) Raw($"{expression} > {Parameter(match.Gt)}");
        if (match.Gte is not null) Raw($"{expression} >= {Parameter(match.Gte)}");
        if (match.Lt is not null) Raw($"{expression} < {Parameter(match.Lt)}");
        if (match.Lte is not null) Raw($"{expression} <= {Parameter(match.Lte)}");
        return this;
    }

    public CypherWhere Date(string expression, DateMatch? match)
    {
        if (match is null) return this;
        if (match.Eq is not null) Raw($"{expression} = {Parameter(match.Eq)}");
        if (match.Gt is not null) Raw($"{expression} > {Parameter(match.Gt)}");
        if (match.Gte is not null) Raw($"{expression} >= {Parameter(match.Gte)}");
        if (match.Lt is not null) Raw($"{expression} < {Parameter(match.Lt)}");
        if (match.Lte is not null) Raw($"{expression} <= {Parameter(match.Lte)}");
        return this;
    }

    public CypherWhere Enum<T>(string expression, EnumMatch<T>? match) where T : struct, System.Enum
    {
        if (match is null) return this;
        if (match.Eq is not null) Raw($"{expression} = {Parameter(match.Eq.Value.ToString())}");
        if (match.Neq is not null) Raw($"{expression} <> {Parameter(match.Neq.Value.ToString())}");
        if (match.In is not null) Raw($"{expression} IN {Parameter(match.In.Select(v => v.ToString()).ToList())}");
        return this;
    }

    public CypherWhere Id(string expression, string? id) => id is null ? this : Raw($"{expression} = {Parameter(id)}");

    /// <summary>The region itself or any region PART_OF it (a county matches its townships).</summary>
    public CypherWhere InRegion(string regionIdExpression, string? regionId) =>
        regionId is null ? this : Raw(WithinRegion(regionIdExpression, Parameter(regionId)));

    /// <summary>
    /// The condition that the region <paramref name="regionIdExpression"/> is <paramref name="regionExpression"/> or
    /// PART_OF it (down to <see cref="RegionHierarchy.MaxDepth"/>), for statements that name the region otherwise
    /// than by a parameter of this builder.
    /// </summary>
    public static string WithinRegion(string regionIdExpression, string regionExpression) =>
        $"({regionIdExpression} = {regionExpression} OR EXISTS {{ MATCH (:Region {{id: {regionIdExpression}}})-[:PART_OF*1..{RegionHierarchy.MaxDepth}]->(:Region {{id: {regionExpression}}}) }})";

    /// <summary>A condition on the name of a related region, by id stored on the node.</summary>
    public CypherWhere RegionName(string regionIdExpression, StringMatch? match)
    {
        if (match is null) return this;
        var inner = new CypherWhere();
        foreach (var (k, v) in _parameters) inner._parameters[k] = v;
        inner.String("g.name", match);
        foreach (var (k, v) in inner._parameters) _parameters[k] = v;
        return Raw($"EXISTS {{ MATCH (g:Region {{id: {regionIdExpression}}}) {inner.Clause} }}");
    }

    /// <summary>Canonical 文号 for Eq/In so any bracket style matches.</summary>
    public static string CanonicalNumber(string text) => DocNumber.TryParse(text, out var n) ? n!.ToString() : text;
}
