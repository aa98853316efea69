namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>An immutable linked response path (field names and list indices), materialized only for errors.</summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? previous, object key)
    {
        Previous = previous;
        Key = key;
    }

    public ResponsePath? Previous { get; }

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; }

    public static ResponsePath Root(string key) => new(null, key);

    public ResponsePath Field(string key) => new(this, key);

    /// <summary>The path of the field <paramref name="key"/> under <paramref name="parent"/> (a root field when null).</summary>
    public static ResponsePath Child(ResponsePath? parent, string key) => new(parent, key);

    public ResponsePath Index(int index) => new(this, index);

    public IReadOnlyList<object> ToList()
    {
        var count = 0;
        for (var p = this; p is not null; p = p.Previous) count++;
        var result = new object[count];
        for (var p = this; p is not null; p = p.Previous) result[--count] = p.Key;
        return result;
    }

    public override string ToString() => string.Join(".", ToList());
}
