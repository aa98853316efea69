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

/// <summary>
/// Which entities <see cref="IGraphWriter.MergeEntitiesAsync"/> merges: the shared ones that several reports may
/// spell differently (regions, agencies, documents, powers); facts one report owns are corrected, not merged.
/// </summary>
public static class EntityMerge
{
    public static IReadOnlyList<string> MergeableLabels { get; } = [NodeLabels.Region, NodeLabels.Agency, NodeLabels.Document, NodeLabels.Power];

    /// <summary>The label both ids share; throws <see cref="CurationException"/> when the two cannot be merged.</summary>
    public static string LabelOf(string keptId, string mergedId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keptId);
        ArgumentException.ThrowIfNullOrWhiteSpace(mergedId);
        if (keptId == mergedId) throw new CurationException("An entity cannot be merged into itself.");
        var label = KnowledgeGraph.Domain.StableId.TypeOf(keptId);
        if (label is null || label != KnowledgeGraph.Domain.StableId.TypeOf(mergedId)) throw new CurationException("Only entities of the same label can be merged.");
        if (!MergeableLabels.Contains(label))
        {
            throw new CurationException($"{label} entities cannot be merged; {string.Join(", ", MergeableLabels)} can.");
        }
        return label;
    }

    /// <summary>
    /// The refusal to merge a region with one it is part of, or one part of it (at any depth): they are two places,
    /// not two spellings of one, and the merge would leave the kept region its own parent.
    /// </summary>
    public static CurationException NestedRegions(string keptId, string mergedId) =>
        new($"'{mergedId}' cannot be merged into '{keptId}': one region is part of the other, so they are two places, not two spellings of one.");
}
