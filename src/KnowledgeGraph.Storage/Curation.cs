using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Storage;

/// <summary>Who curates, and why; recorded in the curation log.</summary>
public sealed record CurationActor(string Name, string? Note = null);

/// <summary>The fact after curation (for a merge: the kept node) with its status, and the new graph version.</summary>
public sealed record CurationResult(string FactId, FactStatus Status, long GraphVersion);

/// <summary>One entry of the audit trail of a fact.</summary>
public sealed record CurationEntry(long Sequence, string FactId, string Action, string Actor, string? Note, string? Detail, long GraphVersion);

/// <summary>Thrown when a curation names a fact that does not exist or a change that does not apply to it.</summary>
public sealed class CurationException : Exception
{
    public CurationException() { }

    public CurationException(string message) : base(message) { }

    public CurationException(string message, Exception inner) : base(message, inner) { }
}
