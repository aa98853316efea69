namespace KnowledgeGraph.Domain.Facts;

/// <summary>
/// Where a fact was read: [Start, End) in UTF-16 code units of the report's original text (after decoding,
/// before any clean-up), and the quoted sentence, which equals OriginalText[Start..End].
/// </summary>
public sealed record Evidence(int Start, int End, string Quote);
