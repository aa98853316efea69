using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Store;

// IGraphTraversals: each question one statement (plus one batch read for the network's participants).
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyDictionary<string, AuthorityChain>> GetAuthorityChainsAsync(
        IReadOnlyCollection<string> delegationIds, int maxDepth = IGraphTraversals.DefaultMaxDepth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delegationIds);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        var depth = Math.Min(maxDepth, TraversalStatements.MaxChainDepth);
        var result = await ReadAsync(TraversalStatements.AuthorityChains, P(("ids", delegationIds.Distinct().ToList()), ("maxDepth", depth)), cancellationToken).ConfigureAwait(false);
        var steps = new Dictionary<string, List<AuthorityStep>>(StringComparer.Ordinal);
        foreach (var record in result.Records)
        {
            var id = record.Get<string>("id");
            var list = steps.TryGetValue(id, out var l) ? l : steps[id] = [];
            var root = (DocumentNode)NodeProperties.Read(NodeLabels.Document, record.Get<IReadOnlyDictionary<string, object?>>("document"));
            if (!list.Any(s => s.Depth == 0 && s.Document.Id == root.Id))
                list.Add(new AuthorityStep(0, root, null, record.Get<string?>("linkId") ?? FactIds.AuthorizedBy(id, root.Id)));
            if (record["step"] is IReadOnlyDictionary<string, object?> step)
            {
                var document = (DocumentNode)NodeProperties.Read(NodeLabels.Document, (IReadOnlyDictionary<string, object?>)step["document"]!);
                var childId = (string)step["childId"]!;
                var stepDepth = (int)(long)step["depth"]!;
                if (!list.Any(s => s.Document.Id == document.Id && s.ChildId == childId && s.Depth == stepDepth))
                    list.Add(new AuthorityStep(stepDepth, document, childId, step["linkId"] as string ?? FactIds.BasedOn(childId, document.Id)));
            }
        }
        return steps.ToDictionary(kv => kv.Key,
            kv => new AuthorityChain(kv.Key, kv.Value.OrderBy(s => s.Depth).ThenBy(s => s.Document.Id, StringComparer.Ordinal).ToList()),
            StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<DelegationReach>> GetDelegationsReachingAsync(string regionId, string? matter = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(regionId);
        return (await GetDelegationsReachingAsync([regionId], matter, cancellationToken).ConfigureAwait(false))[regionId];
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DelegationReach>>> GetDelegationsReachingAsync(
        IReadOnlyCollection<string> regionIds, string? matter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(regionIds);
        var ids = regionIds.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<string, IReadOnlyList<DelegationReach>>(StringComparer.Ordinal);
        var result = await ReadAsync(TraversalStatements.DelegationsReaching,
            P(("regionIds", ids), ("matter", string.IsNullOrWhiteSpace(matter) ? null : matter.Trim())), cancellationToken).ConfigureAwait(false);
        var byRegion = result.Records.ToLookup(r => r.Get<string>("regionId"), r => new DelegationReach(
            (DelegationNode)NodeProperties.Read(NodeLabels.Delegation, r.Get<IReadOnlyDictionary<string, object?>>("delegation")),
            r.Get<string>("viaId"), r.Get<bool>("direct")), StringComparer.Ordinal);
        return ids.ToDictionary(id => id, id => (IReadOnlyList<DelegationReach>)byRegion[id].ToList(), StringComparer.Ordinal);
    }

    public async Task<DelegationNetwork> GetDelegationNetworkAsync(string regionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(regionId);
        var result = await ReadAsync(TraversalStatements.NetworkDelegations, P(("regionId", regionId)), cancellationToken).ConfigureAwait(false);
        var delegations = result.Records
            .Select(r => (DelegationNode)NodeProperties.Read(NodeLabels.Delegation, r.Get<IReadOnlyDictionary<string, object?>>("delegation"))).ToList();
        var recipients = await GetRecipientsAsync(delegations.Select(d => d.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var allRecipients = delegations.SelectMany(d => recipients[d.Id]).ToList();
        var participantIds = delegations.Where(d => d.FromId is not null).Select(d => d.FromId!)
            .Concat(allRecipients.Select(r => r.TargetId)).Distinct().ToList();
        var nodes = await GetNodesAsync(participantIds, cancellationToken).ConfigureAwait(false);
        var participants = participantIds.Where(nodes.ContainsKey).Select(id => nodes[id]).ToList();
        return new DelegationNetwork(regionId, delegations, allRecipients, participants);
    }

    public async Task<ProblemHistory> GetProblemHistoryAsync(string regionId, int? yearFrom = null, int? yearTo = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(regionId);
        var result = await ReadAsync(TraversalStatements.ProblemsOfRegion, P(("regionId", regionId), ("yearFrom", yearFrom), ("yearTo", yearTo)), cancellationToken).ConfigureAwait(false);
        var problems = result.Records.Select(r => (ProblemNode)NodeProperties.Read(NodeLabels.Problem, r.Get<IReadOnlyDictionary<string, object?>>("problem"))).ToList();
        // RECURRENCE_OF's rule (ReadStatements.Neighbors), as the SQLite store applies it: the same region admitted one
        // of the same category (or in the same words) the year before.
        var recurrences = (from p in problems
                           from q in problems
                           where q.RegionId == p.RegionId && q.Year == p.Year - 1
                                 && ((p.Category is not null && p.Category == q.Category) || p.Text == q.Text)
                           select new ProblemRecurrence(p.Id, q.Id)).ToList();
        return new ProblemHistory(regionId, problems, recurrences);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ResponsibilityNode>>> GetResponsibilitiesOfAsync(
        IReadOnlyCollection<string> agencyIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agencyIds);
        var result = await ReadAsync(TraversalStatements.ResponsibilitiesOf, P(("ids", agencyIds.Distinct().ToList())), cancellationToken).ConfigureAwait(false);
        var byAgency = result.Records.ToLookup(r => r.Get<string>("agencyId"),
            r => (ResponsibilityNode)NodeProperties.Read(NodeLabels.Responsibility, r.Get<IReadOnlyDictionary<string, object?>>("responsibility")), StringComparer.Ordinal);
        return agencyIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<ResponsibilityNode>)byAgency[id].ToList(), StringComparer.Ordinal);
    }
}
