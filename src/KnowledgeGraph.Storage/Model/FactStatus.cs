namespace KnowledgeGraph.Storage.Model;

/// <summary>Where a fact stands in curation. Rejected facts are hidden from readers but kept for audit.</summary>
public enum FactStatus
{
    Extracted = 0,
    Confirmed,
    Corrected,
    Rejected,
}
