using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Storage.Queries;

/// <summary>
/// One document on a delegation's authority chain: depth 0 is the authorizing document, depth n+1 a document
/// that the one at depth n was BASED_ON. <see cref="ChildId"/> is the document resting on this one (null at depth 0)
/// and <see cref="LinkId"/> the fact id of the link (the AUTHORIZED_BY edge at depth 0, the BASED_ON edge above):
/// its evidence is the sentence that ties the two.
/// </summary>
public sealed record AuthorityStep(int Depth, DocumentNode Document, string? ChildId, string LinkId);

/// <summary>A delegation's authority chain, from the authorizing document up to the root law or policy.</summary>
public sealed record AuthorityChain(string DelegationId, IReadOnlyList<AuthorityStep> Steps)
{
    /// <summary>The documents with nothing above them (the root laws or policies).</summary>
    public IEnumerable<DocumentNode> Roots =>
        Steps.Where(s => !Steps.Any(o => o.ChildId == s.Document.Id)).Select(s => s.Document);
}

/// <summary>
/// A delegation reaching a region: directly (the region is named as recipient) or through an ancestor
/// (a collective such as 各乡镇 of its county); <see cref="ViaRegionId"/> is the region actually named.
/// </summary>
public sealed record DelegationReach(DelegationNode Delegation, string ViaRegionId, bool Direct);

/// <summary>The delegation network of a county: bodies handing powers down, recipients, and the delegations joining them.</summary>
public sealed record DelegationNetwork(
    string RegionId,
    IReadOnlyList<DelegationNode> Delegations,
    IReadOnlyList<DelegationRecipient> Recipients,
    IReadOnlyList<GraphNode> Participants);

/// <summary>A region's problems over the years, with recurring problems of consecutive years linked.</summary>
public sealed record ProblemHistory(string RegionId, IReadOnlyList<ProblemNode> Problems, IReadOnlyList<ProblemRecurrence> Recurrences);

/// <summary><see cref="ProblemId"/> repeats <see cref="PreviousId"/> of the year before (same category, or the same text).</summary>
public sealed record ProblemRecurrence(string ProblemId, string PreviousId);
