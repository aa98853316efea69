namespace KnowledgeGraph.Storage;

public enum IngestOutcome
{
    /// <summary>A report for this jurisdiction and year was not in the graph.</summary>
    Added,
    /// <summary>The same content was already loaded: nothing changed.</summary>
    Unchanged,
    /// <summary>New content for a report already loaded: its facts were replaced.</summary>
    Revised,
}

/// <summary>
/// What a load did, counted in facts (nodes, edges and evidence the report states): added, updated (same id,
/// new content), unchanged, and removed (stated by the previous version only).
/// </summary>
public sealed record IngestResult(
    string ReportId,
    IngestOutcome Outcome,
    int FactsAdded,
    int FactsUpdated,
    int FactsUnchanged,
    int FactsRemoved,
    long GraphVersion);

/// <summary>What deleting a report removed, counted like <see cref="IngestResult"/>.</summary>
public sealed record DeleteResult(string ReportId, int FactsRemoved, long GraphVersion);
