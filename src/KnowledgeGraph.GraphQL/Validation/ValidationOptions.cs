namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>Knobs of <see cref="DocumentValidator"/>, with graphql-js's defaults.</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>After this many errors validation stops with "Too many validation errors …".</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leave out "Did you mean …?" suggestions (e.g. when introspection is disabled).</summary>
    public bool HideSuggestions { get; init; }
}
