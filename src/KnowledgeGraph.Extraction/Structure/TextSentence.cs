using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Structure;

/// <summary>
/// A sentence of the cleaned text: [Start, End) in cleaned offsets, the section it sits in, and the enumerated
/// item (一、 (一) 1. 一是 …) it belongs to — ItemId -1 means it precedes any item of its section (a lead-in).
/// Index is the sentence's position in the report's sentence list.
/// </summary>
internal sealed record TextSentence(int Index, int Start, int End, string Text, string SectionPath, SectionKind Kind, int ItemId, int LineId);
