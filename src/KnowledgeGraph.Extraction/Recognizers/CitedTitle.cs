using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Recognizers;

/// <summary>A title cited in 《》 inside a sentence: [Start, End) covers the brackets and any number that follows in (…).</summary>
internal sealed record CitedTitle(int Start, int End, int TitleEnd, string Title, DocNumber? Number);
