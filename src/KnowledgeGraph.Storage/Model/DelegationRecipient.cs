namespace KnowledgeGraph.Storage.Model;

/// <summary>
/// One recipient of a delegation as written. A collective (各乡镇, 5个乡镇) is recorded against the delegating
/// jurisdiction with <see cref="Collective"/> set: it reaches every township of that region.
/// </summary>
public sealed record DelegationRecipient(string DelegationId, string TargetId, string TargetLabel, string Name, bool Collective);
