namespace KnowledgeGraph.Domain.Facts;

/// <summary>A document cited in 《》 (or the report itself), with its number when the text gives one.</summary>
public sealed record DocumentFact
{
    public required string Title { get; init; }
    public DocNumber? Number { get; init; }
    public string? Issuer { get; init; }
    public DocumentKind Kind { get; init; }
    public int? Year { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>Titles of the documents this one was made under (根据《X》制定《Y》).</summary>
    public IReadOnlyList<string> BasedOn { get; init; } = [];
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
