namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Where a parsed node came from, stored inside the node itself: a <see cref="Location"/> object is only made when
/// someone asks for it (errors, tooling), so parsing allocates nothing per node for locations.
/// </summary>
internal readonly record struct SourceSpan(int Start, int End, Source? Source);
