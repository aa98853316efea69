namespace KnowledgeGraph.Domain.Facts;

/// <summary>A sentence of the report with the section it sits in ("二、 > (一)"), for search and for evidence views.</summary>
public sealed record Sentence(int Start, int End, string Text, string SectionPath, SectionKind Section);
