using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Model;

/// <summary>A sentence of a report, [Start, End) in the report's original text.</summary>
public sealed record SentenceNode(
    string Id,
    string ReportId,
    int Start,
    int End,
    string Text,
    string SectionPath,
    SectionKind Section) : GraphNode(Id)
{
    public override string Label => NodeLabels.Sentence;
}
