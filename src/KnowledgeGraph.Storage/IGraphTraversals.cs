using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage;

/// <summary>Multi-hop questions, each bounded in depth and answered in a fixed number of round trips.</summary>
public interface IGraphTraversals
{
    public const int DefaultMaxDepth = 8;

    /// <summary>For each delegation: authorizing document → BASED_ON … up to the root law or policy.</summary>
    Task<IReadOnlyDictionary<string, AuthorityChain>> GetAuthorityChainsAsync(
        IReadOnlyCollection<string> delegationIds, int maxDepth = DefaultMaxDepth, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every delegation reaching a region: naming it, or naming an ancestor collectively (各乡镇 of its county).
    /// <paramref name="matter"/>, when given, must occur in the matters, a power field or a power category.
    /// </summary>
    Task<IReadOnlyList<DelegationReach>> GetDelegationsReachingAsync(
        string regionId, string? matter = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="GetDelegationsReachingAsync(string, string?, CancellationToken)"/> for many regions in one round trip:
    /// per region id the same delegations in the same order; every requested id is a key.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<DelegationReach>>> GetDelegationsReachingAsync(
        IReadOnlyCollection<string> regionIds, string? matter = null, CancellationToken cancellationToken = default);

    /// <summary>The delegations stated for a county (or zone), their delegating bodies and recipients.</summary>
    Task<DelegationNetwork> GetDelegationNetworkAsync(string regionId, CancellationToken cancellationToken = default);

    /// <summary>A region's problems (and its sub-regions') across years, recurring ones of consecutive years linked.</summary>
    Task<ProblemHistory> GetProblemHistoryAsync(
        string regionId, int? yearFrom = null, int? yearTo = null, CancellationToken cancellationToken = default);

    /// <summary>For each body (agency id), the responsibilities it holds.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Model.ResponsibilityNode>>> GetResponsibilitiesOfAsync(
        IReadOnlyCollection<string> agencyIds, CancellationToken cancellationToken = default);
}
