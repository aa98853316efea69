namespace KnowledgeGraph.Storage.Model;

/// <summary>Where a fact (node or edge) was read: report, [Start, End) of its original text, quoted sentence.</summary>
public sealed record EvidenceRecord(string FactId, string ReportId, int Start, int End, string Quote);
