using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Builds a WHERE clause from the port's filter operators. SQL text comes only from this class and its callers'
/// constant fragments; every value becomes a parameter ($w0, $w1 …).
/// </summary>
internal sealed class SqlWhere
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object? Value)> _parameters = [];

    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    public string Sql => _conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", _conditions);

    /// <summary>Adds a value and returns its parameter name.</summary>
    public string P(object? value)
    {
        var name = "$w" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add((name, value));
        return name;
    }

    public SqlWhere Add(string condition)
    {
        _conditions.Add("(" + condition + ")");
        return this;
    }

    public SqlWhere Equal(string expression, object? value)
    {
        if (value is not null) Add($"{expression} = {P(value)}");
        return this;
    }

    /// <summary>The conditions a string operator sets on an expression, joined by AND (null when none).</summary>
    public string? Match(string expression, StringMatch? match)
    {
        if (match is null) return null;
        var parts = new List<string>();
        if (match.Eq is not null) parts.Add($"{expression} = {P(match.Eq)}");
        if (match.Neq is not null) parts.Add($"{expression} IS NOT {P(match.Neq)}");
        if (match.In is not null) parts.Add($"{expression} IN (SELECT value FROM json_each({P(JsonSerializer.Serialize(match.In))}))");
        if (match.Contains is not null) parts.Add($"instr({expression}, {P(match.Contains)}) > 0");
        if (match.StartsWith is not null) parts.Add($"substr({expression}, 1, length({P(match.StartsWith)})) = {P(match.StartsWith)}");
        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    public SqlWhere String(string expression, StringMatch? match)
    {
        if (Match(expression, match) is { } condition) Add(condition);
        return this;
    }

    /// <summary>column IN (SELECT id FROM table WHERE name matches): conditions on a named neighbour.</summary>
    public SqlWhere Named(string column, string table, string nameColumn, StringMatch? match)
    {
        if (Match(nameColumn, match) is { } condition) Add($"{column} IN (SELECT id FROM {table} WHERE {condition})");
        return this;
    }

    public SqlWhere Int(string expression, IntMatch? match)
    {
        if (match is null) return this;
        if (match.Eq is { } eq) Add($"{expression} = {P(eq)}");
        if (match.Neq is { } neq) Add($"{expression} IS NOT {P(neq)}");
        if (match.In is not null) Add($"{expression} IN (SELECT value FROM json_each({P(JsonSerializer.Serialize(match.In))}))");
        if (match.Gt is { } gt) Add($"{expression} > {P(gt)}");
        if (match.Gte is { } gte) Add($"{expression} >= {P(gte)}");
        if (match.Lt is { } lt) Add($"{expression} < {P(lt)}");
        if (match.Lte is { } lte) Add($"{expression} <= {P(lte)}");
        return this;
    }

    public SqlWhere Date(string expression, DateMatch? match)
    {
        if (match is null) return this;
        if (match.Eq is { } eq) Add($"{expression} = {P(eq)}");
        if (match.Gt is { } gt) Add($"{expression} > {P(gt)}");
        if (match.Gte is { } gte) Add($"{expression} >= {P(gte)}");
        if (match.Lt is { } lt) Add($"{expression} < {P(lt)}");
        if (match.Lte is { } lte) Add($"{expression} <= {P(lte)}");
        return this;
    }

    public SqlWhere Enum<T>(string expression, EnumMatch<T>? match) where T : struct, Enum
    {
        if (match is null) return this;
        if (match.Eq is { } eq) Add($"{expression} = {P(eq)}");
        if (match.Neq is { } neq) Add($"{expression} <> {P(neq)}");
        if (match.In is not null)
        {
            var values = match.In.Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)).ToArray();
            Add($"{expression} IN (SELECT value FROM json_each({P(JsonSerializer.Serialize(values))}))");
        }
        return this;
    }

    /// <summary>Rows whose <paramref name="column"/> is the region or a region PART_OF it.</summary>
    public SqlWhere InRegion(string column, string? regionId) => regionId is null ? this : Add($"{column} IN {SubRegions(regionId)}");

    /// <summary>The region and everything PART_OF it, as a subquery of ids (bounded by the depth of the hierarchy).</summary>
    public string SubRegions(string regionId) =>
        $"(WITH RECURSIVE sub(id, depth) AS (SELECT {P(regionId)}, 0 UNION SELECT r.id, sub.depth + 1 FROM region r JOIN sub ON r.parent_id = sub.id WHERE sub.depth < {RegionHierarchy.MaxDepth}) SELECT id FROM sub)";
}
