using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private static readonly string Descendants = $"""
        WITH RECURSIVE sub(id, depth) AS (
            SELECT $region, 0
            UNION SELECT g.id, sub.depth + 1 FROM region g JOIN sub ON g.parent_id = sub.id WHERE sub.depth < {RegionHierarchy.MaxDepth})
        """;

    public async Task<IReadOnlyDictionary<string, AuthorityChain>> GetAuthorityChainsAsync(
        IReadOnlyCollection<string> delegationIds, int maxDepth = IGraphTraversals.DefaultMaxDepth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delegationIds);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        var d = NodeRows.Document;
        // UNION (not UNION ALL) and the depth bound keep a BASED_ON cycle from running away.
        var sql = $"""
            WITH RECURSIVE chain(delegation_id, depth, document_id, child_id, link_id) AS (
                SELECT dl.id, 0, dl.authorized_by_id, NULL, NULL FROM delegation dl
                WHERE dl.id IN (SELECT value FROM json_each($ids)) AND dl.authorized_by_id IS NOT NULL AND dl.status <> 3
                UNION
                SELECT c.delegation_id, c.depth + 1, b.basis_id, c.document_id, b.id FROM chain c
                JOIN based_on b ON b.document_id = c.document_id WHERE c.depth < $max)
            SELECT {d.Select}, c.delegation_id, c.depth, c.child_id, c.link_id FROM chain c
            JOIN {d.Table} {d.Alias} ON {d.Alias}.id = c.document_id AND {d.Visible}
            ORDER BY c.delegation_id, c.depth, {d.Alias}.title, {d.Alias}.id
            """;
        var n = d.Columns.Split(',').Length;
        var rows = await QueryAsync(sql, r =>
        {
            var document = (DocumentNode)d.Read(r);
            var delegationId = r.GetString(n);
            var depth = r.GetInt32(n + 1);
            var link = depth == 0 ? FactIds.AuthorizedBy(delegationId, document.Id) : r.GetString(n + 3);
            return (delegationId, Step: new AuthorityStep(depth, document, r.Text(n + 2), link));
        }, cancellationToken, ("$ids", Json(delegationIds)), ("$max", maxDepth)).ConfigureAwait(false);
        var lookup = rows.ToLookup(x => x.delegationId, x => x.Step, StringComparer.Ordinal);
        return delegationIds.Distinct().ToDictionary(id => id, id => new AuthorityChain(id, lookup[id].ToList()), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<DelegationReach>> GetDelegationsReachingAsync(
        string regionId, string? matter = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(regionId);
        // the start of the walk as a plain parameter: traceAuthority's one region plans as before the batch existed
        return (await ReachingAsync("SELECT $regions, $regions, 0", regionId, [regionId], matter, cancellationToken).ConfigureAwait(false))[regionId];
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DelegationReach>>> GetDelegationsReachingAsync(
        IReadOnlyCollection<string> regionIds, string? matter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(regionIds);
        var ids = regionIds.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<string, IReadOnlyList<DelegationReach>>(StringComparer.Ordinal);
        return await ReachingAsync("SELECT value, value, 0 FROM json_each($regions)", Json(ids), ids, matter, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The delegations reaching each region <paramref name="start"/> selects (root, region, depth 0) from $regions:
    /// naming it, or naming an ancestor collectively (各乡镇 of its county).
    /// </summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<DelegationReach>>> ReachingAsync(
        string start, string regions, IReadOnlyList<string> ids, string? matter, CancellationToken cancellationToken)
    {
        var dl = NodeRows.Delegation;
        var matterCondition = string.IsNullOrWhiteSpace(matter) ? "1 = 1" : """
            (instr(dl.matters, $matter) > 0 OR EXISTS (SELECT 1 FROM covers c JOIN power pw ON pw.id = c.power_id
                WHERE c.delegation_id = dl.id AND (instr(pw.field, $matter) > 0 OR instr(pw.category, $matter) > 0)))
            """;
        // Named directly (depth 0), or collectively (各乡镇) by an ancestor: the county's townships all receive it.
        // A recipient a curator rejected is no recipient (as Delegation.to, GetRecipients and GetNodes hide it).
        var sql = $"""
            WITH RECURSIVE up(root, id, depth) AS (
                {start}
                UNION SELECT up.root, g.parent_id, up.depth + 1 FROM region g JOIN up ON g.id = up.id WHERE g.parent_id IS NOT NULL AND up.depth < {RegionHierarchy.MaxDepth})
            SELECT {dl.Select}, rc.target_id, up.depth, rc.collective, up.root FROM up
            JOIN delegation_recipient rc ON rc.target_id = up.id AND (up.depth = 0 OR rc.collective = 1)
            JOIN region via ON via.id = rc.target_id AND via.status <> 3
            JOIN delegation dl ON dl.id = rc.delegation_id AND dl.status <> 3
            WHERE {matterCondition}
            ORDER BY up.root, up.depth, dl.date IS NULL, dl.date, dl.id
            """;
        var columns = dl.Columns.Split(',').Length;
        var rows = await QueryAsync(sql, r => (Root: r.GetString(columns + 3), Reach: new DelegationReach((DelegationNode)dl.Read(r), r.GetString(columns),
                r.GetInt32(columns + 1) == 0 && r.GetInt32(columns + 2) == 0)),
            cancellationToken, ("$regions", regions), ("$matter", matter?.Trim())).ConfigureAwait(false);
        // per region: the nearest way each delegation reaches it, then by date, undated last
        var byRegion = rows.ToLookup(x => x.Root, x => x.Reach, StringComparer.Ordinal);
        return ids.ToDictionary(id => id, id => (IReadOnlyList<DelegationReach>)byRegion[id].DistinctBy(x => x.Delegation.Id)
            .OrderBy(x => x.Delegation.Date is null).ThenBy(x => x.Delegation.Date).ThenBy(x => x.Delegation.Id, StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
    }

    public async Task<DelegationNetwork> GetDelegationNetworkAsync(string regionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(regionId);
        var dl = NodeRows.Delegation;
        var sql = $"""
            {Descendants}
            SELECT {dl.Select} FROM delegation dl
            WHERE dl.status <> 3 AND (dl.region_id IN (SELECT id FROM sub)
                OR dl.from_id IN (SELECT a.id FROM agency a WHERE a.region_id IN (SELECT id FROM sub)))
            ORDER BY dl.date IS NULL, dl.date, dl.id
            """;
        var delegations = (await QueryAsync(sql, r => (DelegationNode)dl.Read(r), cancellationToken, ("$region", regionId)).ConfigureAwait(false));
        var recipients = await GetRecipientsAsync(delegations.Select(x => x.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var flat = delegations.SelectMany(x => recipients[x.Id]).ToList();
        var participantIds = delegations.Where(x => x.FromId is not null).Select(x => x.FromId!).Concat(flat.Select(x => x.TargetId)).Distinct().ToList();
        var nodes = await GetNodesAsync(participantIds, cancellationToken).ConfigureAwait(false);
        var participants = participantIds.Where(nodes.ContainsKey).Select(id => nodes[id]).ToList();
        return new DelegationNetwork(regionId, delegations, flat, participants);
    }

    public async Task<ProblemHistory> GetProblemHistoryAsync(string regionId, int? yearFrom = null, int? yearTo = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(regionId);
        var pb = NodeRows.Problem;
        var sql = $"""
            {Descendants}
            SELECT {pb.Select} FROM problem pb
            WHERE pb.status <> 3 AND pb.region_id IN (SELECT id FROM sub)
              AND ($from IS NULL OR pb.year >= $from) AND ($to IS NULL OR pb.year <= $to)
            ORDER BY pb.year, pb.region_id, COALESCE(pb.category, ''), pb.id
            """;
        var problems = await QueryAsync(sql, r => (ProblemNode)pb.Read(r), cancellationToken,
            ("$region", regionId), ("$from", yearFrom), ("$to", yearTo)).ConfigureAwait(false);
        // the same rule as Relation.RecurrenceOf: same region, the year before, same category (or the very same text)
        var recurrences = (
            from p in problems
            from q in problems
            where q.RegionId == p.RegionId && q.Year == p.Year - 1
                  && ((p.Category is not null && q.Category == p.Category) || q.Text == p.Text)
            select new ProblemRecurrence(p.Id, q.Id)).ToList();
        return new ProblemHistory(regionId, problems, recurrences);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ResponsibilityNode>>> GetResponsibilitiesOfAsync(
        IReadOnlyCollection<string> agencyIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agencyIds);
        var rs = NodeRows.Responsibility;
        var rows = await QueryAsync($"""
            SELECT {rs.Select} FROM responsibility rs
            WHERE rs.holder_id IN (SELECT value FROM json_each($ids)) AND rs.status <> 3
            ORDER BY rs.holder_id, rs.year, rs.role, rs.id
            """, r => (ResponsibilityNode)rs.Read(r), cancellationToken, ("$ids", Json(agencyIds))).ConfigureAwait(false);
        var lookup = rows.ToLookup(x => x.HolderId!, StringComparer.Ordinal);
        return agencyIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<ResponsibilityNode>)lookup[id].ToList(), StringComparer.Ordinal);
    }
}
