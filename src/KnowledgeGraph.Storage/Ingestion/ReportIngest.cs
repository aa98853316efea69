namespace KnowledgeGraph.Storage.Ingestion;

/// <summary>
/// One report's outcome within a batch load: its result when it was written (or found unchanged), or why it was
/// not — a report that fails leaves nothing behind and never stops the others of its batch.
/// </summary>
public sealed record ReportIngest(IngestResult? Result, Exception? Error)
{
    public bool Succeeded => Error is null;
}
