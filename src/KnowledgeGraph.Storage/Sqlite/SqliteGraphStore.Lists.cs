using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using Column = KnowledgeGraph.Storage.Sqlite.KeysetPaging.Column;
using Key = KnowledgeGraph.Storage.Sqlite.KeysetPaging.Key;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<Page<RegionNode>> ListRegionsAsync(RegionFilter filter, IReadOnlyList<SortOrder<RegionSortField>> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var w = new SqlWhere()
            .String("g.name", filter.Name)
            .Enum("g.level", filter.Level)
            .Named("g.parent_id", "region", "name", filter.Parent)
            .Equal("g.parent_id", filter.ParentId);
        var keys = Keys(order, RegionSortField.Name, f => f switch
        {
            RegionSortField.Level => new Column("g.level"),
            _ => new Column("g.name"),
        });
        return PageAsync<RegionNode>(NodeRows.Region, w, keys, page, cancellationToken);
    }

    public Task<Page<AgencyNode>> ListAgenciesAsync(AgencyFilter filter, IReadOnlyList<SortOrder<AgencySortField>> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var w = new SqlWhere();
        if (w.Match("a.name", filter.Name) is { } byName)
        {
            var byAlias = w.Match("value", filter.Name);
            w.Add($"({byName}) OR EXISTS (SELECT 1 FROM json_each(a.aliases) WHERE {byAlias})");
        }
        w.Enum("a.kind", filter.Kind).Named("a.region_id", "region", "name", filter.Region).InRegion("a.region_id", filter.RegionId);
        var keys = Keys(order, AgencySortField.Name, f => f switch
        {
            AgencySortField.Kind => new Column("a.kind"),
            _ => new Column("a.name"),
        });
        return PageAsync<AgencyNode>(NodeRows.Agency, w, keys, page, cancellationToken);
    }

    public Task<Page<DocumentNode>> ListDocumentsAsync(DocumentFilter filter, IReadOnlyList<SortOrder<DocumentSortField>> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var w = new SqlWhere().String("d.title", filter.Title).String("d.number", CanonicalNumbers(filter.Number)).Enum("d.kind", filter.Kind);
        if (w.Match("d.issuer_name", filter.Issuer) is { } byName)
        {
            var byAgency = w.Match("name", filter.Issuer);
            w.Add($"({byName}) OR d.issuer_id IN (SELECT id FROM agency WHERE {byAgency})");
        }
        w.Equal("d.issuer_id", filter.IssuerId).Int("d.year", filter.Year);
        if (w.Match("g.name", filter.Region) is { } region)
        {
            w.Add($"d.id IN (SELECT m.fact_id FROM mention m JOIN report rp ON rp.id = m.report_id JOIN region g ON g.id = rp.region_id WHERE {region})");
        }
        if (filter.RegionId is not null)
        {
            w.Add($"d.id IN (SELECT m.fact_id FROM mention m JOIN report rp ON rp.id = m.report_id WHERE rp.region_id IN {w.SubRegions(filter.RegionId)})");
        }
        if (filter.CitedInReportId is not null) w.Add($"d.id IN (SELECT fact_id FROM mention WHERE report_id = {w.P(filter.CitedInReportId)})");
        var keys = Keys(order, DocumentSortField.Title, f => f switch
        {
            DocumentSortField.Year => new Column("d.year", "0"),
            DocumentSortField.Date => new Column("d.date", "''"),
            DocumentSortField.Number => new Column("d.number", "''"),
            _ => new Column("d.title"),
        });
        return PageAsync<DocumentNode>(NodeRows.Document, w, keys, page, cancellationToken);
    }

    /// <summary>Numbers asked for in any bracket style match the canonical 〔〕 form stored.</summary>
    private static StringMatch? CanonicalNumbers(StringMatch? match)
    {
        if (match is null) return null;
        static string Canonical(string text) => DocNumber.TryParse(text, out var n) ? n!.ToString() : text;
        return match with
        {
            Eq = match.Eq is null ? null : Canonical(match.Eq),
            Neq = match.Neq is null ? null : Canonical(match.Neq),
            In = match.In?.Select(Canonical).ToList(),
        };
    }

    public Task<Page<DelegationNode>> ListDelegationsAsync(DelegationFilter filter, IReadOnlyList<SortOrder<DelegationSortField>> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return PageAsync<DelegationNode>(NodeRows.Delegation, DelegationWhere(filter), DelegationKeys(order), page, cancellationToken);
    }

    private static SqlWhere DelegationWhere(DelegationFilter filter)
    {
        var w = new SqlWhere().Enum("dl.mode", filter.Mode).Named("dl.region_id", "region", "name", filter.Region).InRegion("dl.region_id", filter.RegionId);
        if (w.Match("dl.from_name", filter.From) is { } fromName)
        {
            var fromAgency = w.Match("name", filter.From);
            w.Add($"({fromName}) OR dl.from_id IN (SELECT id FROM agency WHERE {fromAgency})");
        }
        w.Equal("dl.from_id", filter.FromId);
        if (w.Match("rc.name", filter.To) is { } to) w.Add($"EXISTS (SELECT 1 FROM delegation_recipient rc WHERE rc.delegation_id = dl.id AND {to} AND {VisibleRecipient.Of("rc")})");
        if (filter.ToId is not null) w.Add($"dl.id IN (SELECT rc.delegation_id FROM delegation_recipient rc WHERE rc.target_id = {w.P(filter.ToId)} AND {VisibleRecipient.Of("rc")})");
        if (w.Match("pw.field", filter.PowerField) is { } field) w.Add($"EXISTS (SELECT 1 FROM covers c JOIN power pw ON pw.id = c.power_id WHERE c.delegation_id = dl.id AND {field})");
        if (w.Match("pw.category", filter.PowerCategory) is { } category) w.Add($"EXISTS (SELECT 1 FROM covers c JOIN power pw ON pw.id = c.power_id WHERE c.delegation_id = dl.id AND {category})");
        if (filter.PowerId is not null) w.Add($"dl.id IN (SELECT delegation_id FROM covers WHERE power_id = {w.P(filter.PowerId)})");
        w.Int("dl.year", filter.Year).Date("dl.date", filter.Date)
            .Named("dl.authorized_by_id", "document", "title", filter.AuthorizedBy)
            .Equal("dl.authorized_by_id", filter.AuthorizedById)
            .Equal("dl.report_id", filter.ReportId);
        return w;
    }

    private static List<Key> DelegationKeys(IReadOnlyList<SortOrder<DelegationSortField>> order) =>
        Keys(order, DelegationSortField.Date, f => f switch
        {
            DelegationSortField.ItemCount => new Column("dl.item_count", "-1"),
            DelegationSortField.Mode => new Column("dl.mode"),
            DelegationSortField.Year => new Column("dl.year"),
            _ => new Column("dl.date", "''"),
        });

    public Task<Page<ProblemNode>> ListProblemsAsync(ProblemFilter filter, IReadOnlyList<SortOrder<ProblemSortField>> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return PageAsync<ProblemNode>(NodeRows.Problem, ProblemWhere(filter), ProblemKeys(order), page, cancellationToken);
    }

    public Task<Page<ResponsibilityNode>> ListResponsibilitiesAsync(ResponsibilityFilter filter, IReadOnlyList<SortOrder<ResponsibilitySortField>> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var w = new SqlWhere().Named("rs.region_id", "region", "name", filter.Region).InRegion("rs.region_id", filter.RegionId)
            .Enum("rs.role", filter.Role).String("rs.holder", filter.Holder).Equal("rs.holder_id", filter.HolderId)
            .String("rs.task", filter.Task).Int("rs.year", filter.Year).Equal("rs.report_id", filter.ReportId);
        var keys = Keys(order, ResponsibilitySortField.Year, f => f switch
        {
            ResponsibilitySortField.Role => new Column("rs.role"),
            ResponsibilitySortField.Holder => new Column("rs.holder"),
            _ => new Column("rs.year"),
        });
        return PageAsync<ResponsibilityNode>(NodeRows.Responsibility, w, keys, page, cancellationToken);
    }

    public Task<Page<MetricNode>> ListMetricsAsync(MetricFilter filter, IReadOnlyList<SortOrder<MetricSortField>> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return PageAsync<MetricNode>(NodeRows.Metric, MetricWhere(filter), MetricKeys(order), page, cancellationToken);
    }

    public Task<Page<ReportNode>> ListReportsAsync(ReportFilter filter, IReadOnlyList<SortOrder<ReportSortField>> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var w = new SqlWhere().String("rp.jurisdiction", filter.Region).InRegion("rp.region_id", filter.RegionId).Int("rp.year", filter.Year);
        var keys = Keys(order, ReportSortField.Year, f => f switch
        {
            ReportSortField.Region => new Column("rp.jurisdiction"),
            _ => new Column("rp.year"),
        });
        return PageAsync<ReportNode>(NodeRows.Report, w, keys, page, cancellationToken);
    }

    private static SqlWhere ProblemWhere(ProblemFilter filter) =>
        new SqlWhere().Named("pb.region_id", "region", "name", filter.Region).InRegion("pb.region_id", filter.RegionId)
            .Int("pb.year", filter.Year).String("pb.category", filter.Category).Enum("pb.problem_status", filter.Status)
            .String("pb.text", filter.Text).Equal("pb.report_id", filter.ReportId);

    private static SqlWhere MetricWhere(MetricFilter filter) =>
        new SqlWhere().Named("m.region_id", "region", "name", filter.Region).InRegion("m.region_id", filter.RegionId)
            .Int("m.year", filter.Year).String("m.name", filter.Name).String("m.unit", filter.Unit).Equal("m.report_id", filter.ReportId);

    private static List<Key> ProblemKeys(IReadOnlyList<SortOrder<ProblemSortField>> order) =>
        Keys(order, ProblemSortField.Year, f => f switch
        {
            ProblemSortField.Category => new Column("pb.category", "''"),
            ProblemSortField.Status => new Column("pb.problem_status"),
            _ => new Column("pb.year"),
        });

    private static List<Key> MetricKeys(IReadOnlyList<SortOrder<MetricSortField>> order) =>
        Keys(order, MetricSortField.Name, f => f switch
        {
            MetricSortField.Value => new Column("CAST(m.value AS REAL)"),
            MetricSortField.Year => new Column("m.year"),
            _ => new Column("m.name"),
        });

    private static List<Key> Keys<TField>(IReadOnlyList<SortOrder<TField>>? order, TField fallback, Func<TField, Column> column)
        where TField : struct, Enum
    {
        var orders = order is { Count: > 0 } ? order : [new SortOrder<TField>(fallback)];
        return orders.SelectMany(o => column(o.Field).Keys(o.Direction == SortDirection.Descending)).ToList();
    }

    /// <summary>One page of a filtered, sorted list, with keyset cursors; ties are broken by id.</summary>
    private async Task<Page<T>> PageAsync<T>(NodeRows rows, SqlWhere where, List<Key> sortKeys, PageRequest page, CancellationToken ct)
        where T : GraphNode
    {
        ArgumentNullException.ThrowIfNull(page);
        var keys = sortKeys.Append(new Key(rows.Alias + ".id", false)).ToList();
        var sortName = rows.Label + ":" + KeysetPaging.Name(keys);
        var size = page.Size;
        var backward = page.Backward;
        var from = $"FROM {rows.Table} {rows.Alias} WHERE {rows.Visible} AND ";
        var countSql = "SELECT COUNT(*) " + from + where.Sql;
        var countParameters = where.Parameters.ToArray();
        if (page.After is not null) where.Add(KeysetPaging.Beyond(keys, KeysetPaging.Decode(page.After, sortName, keys.Count), after: true, where));
        if (page.Before is not null) where.Add(KeysetPaging.Beyond(keys, KeysetPaging.Decode(page.Before, sortName, keys.Count), after: false, where));
        var columnCount = rows.Columns.Split(',').Length;
        var sql = $"SELECT {rows.Select}, {string.Join(", ", keys.Select(k => k.Expression))} {from}{where.Sql} " +
                  $"ORDER BY {KeysetPaging.OrderBy(keys, backward)} LIMIT {where.P(size + 1)}";

        await using var connection = await OpenReaderAsync(ct).ConfigureAwait(false);
        var fetched = await QueryAsync(connection, sql, r =>
        {
            var node = (T)rows.Read(r);
            var values = Enumerable.Range(columnCount, keys.Count).Select(i => r.IsDBNull(i) ? null : r.GetValue(i)).ToList();
            return new Edge<T>(KeysetPaging.Encode(sortName, values), node);
        }, ct, where.Parameters.ToArray()).ConfigureAwait(false);
        int? total = page.IncludeTotalCount
            ? (int)await ScalarAsync(connection, null, countSql, ct, countParameters).ConfigureAwait(false)
            : null;

        var more = fetched.Count > size;
        var edges = fetched.Take(size).ToList();
        if (backward) edges.Reverse();
        var info = new PageInfo(
            HasNextPage: backward ? page.Before is not null : more,
            HasPreviousPage: backward ? more : page.After is not null,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Page<T>(edges, info, total);
    }
}
