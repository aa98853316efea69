using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// The list statements of the reader: one MATCH per label, the filter's WHERE, ORDER BY the requested fields
/// then id (stable paging), SKIP/LIMIT from the page. A count statement shares the same WHERE.
/// </summary>
public static class ListQueries
{
    public sealed record ListQuery(string Label, CypherWhere Where, IReadOnlyList<(string Expression, bool Descending)> Order)
    {
        private const string Visible = "coalesce(n.curation, 'Extracted') <> 'Rejected'";

        /// <summary>The MATCH … WHERE part, for aggregations over the same filter.</summary>
        public string Match => $"MATCH (n:{Label})\n{(Where.Clause.Length == 0 ? "WHERE " + Visible : Where.Clause + "\n  AND " + Visible)}";

        private string OrderBy => string.Join(", ", Order.Select(o => o.Expression + (o.Descending ? " DESC" : "")).Append("n.id"));

        public CypherStatement Page => new($"List.{Label}", $"""
            {Match}
            RETURN {(Label == NodeLabels.Report ? "n {.*, text: null}" : "n {.*}")} AS props
            ORDER BY {OrderBy}
            SKIP $skip LIMIT $limit
            """, [.. Where.Parameters.Keys, "skip", "limit"]);

        /// <summary>
        /// The first $limit of the list for each region of $regionIds, in the page's order: the rows of the region and
        /// of the regions PART_OF it (as <see cref="CypherWhere.InRegion"/> matches them), for the API's DataLoaders.
        /// Each region is cut in a subquery of its own (ORDER BY … LIMIT, a top-k sort), so only its first $limit rows
        /// are ever projected; collecting them after the ORDER BY keeps that order on the way out.
        /// </summary>
        public CypherStatement ByRegion => new($"List.{Label}.ByRegion", $$"""
            UNWIND $regionIds AS regionId
            CALL (regionId) {
              {{Match.Replace("\n", "\n  ", StringComparison.Ordinal)}}
                AND {{CypherWhere.WithinRegion("n.regionId", "regionId")}}
              WITH n
              ORDER BY {{OrderBy}}
              LIMIT $limit
              RETURN collect(n {.*}) AS rows
            }
            UNWIND rows AS props
            RETURN regionId, props
            """, [.. Where.Parameters.Keys, "regionIds", "limit"]);

        public CypherStatement Count => new($"List.{Label}.Count", $"""
            {Match}
            RETURN count(n) AS total
            """, [.. Where.Parameters.Keys]);

        /// <summary>Identifies the sort, so a cursor made under another sort is refused.</summary>
        public string Signature => Label + ":" + string.Join(",", Order.Select(o => o.Expression + (o.Descending ? "-" : "+")));
    }

    private const string DelegationYear = "[(n)-[:STATED_IN]->(r:Report) | r.year][0]";
    private const string DelegationFrom = "coalesce([(n)-[:DELEGATED_FROM]->(a:Agency) | a.name][0], n.fromName)";
    private const string DelegationAuthorizedBy = "[(n)-[:AUTHORIZED_BY]->(d:Document) | d.title][0]";

    /// <summary>
    /// A property a list sorts on. <paramref name="Nullable"/> when nodes may lack it: those then sort last in either
    /// direction (Cypher alone puts nulls first when descending), as the SQLite store sorts them.
    /// </summary>
    private sealed record Column(string Expression, bool Nullable = false);

    /// <summary>The sort asked for; without one, the list's default field ascending (the SQLite store's default).</summary>
    private static List<(string, bool)> Sort<T>(IReadOnlyList<SortOrder<T>> order, T fallback, Func<T, Column> column) where T : struct, Enum =>
        (order is { Count: > 0 } ? order : [new SortOrder<T>(fallback)]).SelectMany(o =>
        {
            var (expression, nullable) = column(o.Field);
            var descending = o.Direction == SortDirection.Descending;
            return nullable ? [($"{expression} IS NULL", false), (expression, descending)] : new[] { (expression, descending) };
        }).ToList();

    public static ListQuery Regions(RegionFilter f, IReadOnlyList<SortOrder<RegionSortField>> order)
    {
        var w = new CypherWhere().String("n.name", f.Name).Enum("n.level", f.Level).RegionName("n.parentId", f.Parent).Id("n.parentId", f.ParentId);
        return new(NodeLabels.Region, w, Sort(order, RegionSortField.Name, s => s switch { RegionSortField.Level => new Column("n.level"), _ => new Column("n.name") }));
    }

    public static ListQuery Agencies(AgencyFilter f, IReadOnlyList<SortOrder<AgencySortField>> order)
    {
        var w = new CypherWhere().AnyString("[n.name] + coalesce(n.aliases, [])", f.Name).Enum("n.kind", f.Kind)
            .RegionName("n.regionId", f.Region).InRegion("n.regionId", f.RegionId);
        return new(NodeLabels.Agency, w, Sort(order, AgencySortField.Name, s => s switch { AgencySortField.Kind => new Column("n.kind"), _ => new Column("n.name") }));
    }

    public static ListQuery Documents(DocumentFilter f, IReadOnlyList<SortOrder<DocumentSortField>> order)
    {
        var w = new CypherWhere().String("n.title", f.Title).String("n.number", f.Number, CypherWhere.CanonicalNumber).Enum("n.kind", f.Kind)
            .String("n.issuerName", f.Issuer).Id("n.issuerId", f.IssuerId).Int("n.year", f.Year);
        if (f.Region is not null)
        {
            w.AnyString("[(c:Report)-[:CITES]->(n) | c.jurisdiction]", f.Region);
        }
        if (f.RegionId is not null)
        {
            w.Raw($"EXISTS {{ MATCH (c:Report)-[:CITES]->(n) WHERE {CypherWhere.WithinRegion("c.regionId", w.Parameter(f.RegionId))} }}");
        }
        if (f.CitedInReportId is not null) w.Raw($"EXISTS {{ MATCH (:Report {{id: {w.Parameter(f.CitedInReportId)}}})-[:CITES]->(n) }}");
        return new(NodeLabels.Document, w, Sort(order, DocumentSortField.Title, s => s switch
        {
            DocumentSortField.Year => new Column("n.year", true), DocumentSortField.Date => new Column("n.date", true),
            DocumentSortField.Number => new Column("n.number", true), _ => new Column("n.title"),
        }));
    }

    public static ListQuery Delegations(DelegationFilter f, IReadOnlyList<SortOrder<DelegationSortField>> order)
    {
        var w = new CypherWhere().Enum("n.mode", f.Mode).RegionName("n.regionId", f.Region).InRegion("n.regionId", f.RegionId)
            .String(DelegationFrom, f.From).Id("n.fromId", f.FromId)
            .AnyString("[(n)-[e:DELEGATED_TO]->(t) WHERE coalesce(t.curation, 'Extracted') <> 'Rejected' | e.name]", f.To)
            .AnyString("[(n)-[:COVERS]->(p:Power) | p.field]", f.PowerField)
            .AnyString("[(n)-[:COVERS]->(p:Power) | p.category]", f.PowerCategory)
            .Int(DelegationYear, f.Year).Date("n.date", f.Date).String(DelegationAuthorizedBy, f.AuthorizedBy)
            .Id("n.authorizedById", f.AuthorizedById).Id("n.reportId", f.ReportId);
        if (f.ToId is not null) w.Raw($"{w.Parameter(f.ToId)} IN [(n)-[:DELEGATED_TO]->(t) WHERE coalesce(t.curation, 'Extracted') <> 'Rejected' | t.id]");
        if (f.PowerId is not null) w.Raw($"{w.Parameter(f.PowerId)} IN [(n)-[:COVERS]->(p:Power) | p.id]");
        return new(NodeLabels.Delegation, w, Sort(order, DelegationSortField.Date, s => s switch
        {
            DelegationSortField.ItemCount => new Column("n.itemCount", true), DelegationSortField.Mode => new Column("n.mode"),
            DelegationSortField.Year => new Column(DelegationYear), _ => new Column("n.date", true),
        }));
    }

    public static ListQuery Problems(ProblemFilter f, IReadOnlyList<SortOrder<ProblemSortField>> order)
    {
        var w = new CypherWhere().RegionName("n.regionId", f.Region).InRegion("n.regionId", f.RegionId).Int("n.year", f.Year)
            .String("n.category", f.Category).Enum("n.status", f.Status).String("n.text", f.Text).Id("n.reportId", f.ReportId);
        return new(NodeLabels.Problem, w, Sort(order, ProblemSortField.Year, s => s switch { ProblemSortField.Category => new Column("n.category", true), ProblemSortField.Status => new Column("n.status"), _ => new Column("n.year") }));
    }

    public static ListQuery Responsibilities(ResponsibilityFilter f, IReadOnlyList<SortOrder<ResponsibilitySortField>> order)
    {
        var w = new CypherWhere().RegionName("n.regionId", f.Region).InRegion("n.regionId", f.RegionId).Enum("n.role", f.Role)
            .String("n.holder", f.Holder).Id("n.holderId", f.HolderId).String("n.task", f.Task).Int("n.year", f.Year).Id("n.reportId", f.ReportId);
        return new(NodeLabels.Responsibility, w, Sort(order, ResponsibilitySortField.Year, s => s switch { ResponsibilitySortField.Holder => new Column("n.holder"), ResponsibilitySortField.Year => new Column("n.year"), _ => new Column("n.role") }));
    }

    public static ListQuery Metrics(MetricFilter f, IReadOnlyList<SortOrder<MetricSortField>> order)
    {
        var w = new CypherWhere().RegionName("n.regionId", f.Region).InRegion("n.regionId", f.RegionId).Int("n.year", f.Year)
            .String("n.name", f.Name).String("n.unit", f.Unit).Id("n.reportId", f.ReportId);
        return new(NodeLabels.Metric, w, Sort(order, MetricSortField.Name, s => s switch { MetricSortField.Value => new Column("n.value"), MetricSortField.Year => new Column("n.year"), _ => new Column("n.name") }));
    }

    public static ListQuery Reports(ReportFilter f, IReadOnlyList<SortOrder<ReportSortField>> order)
    {
        var w = new CypherWhere().String("n.jurisdiction", f.Region).InRegion("n.regionId", f.RegionId).Int("n.year", f.Year);
        return new(NodeLabels.Report, w, Sort(order, ReportSortField.Year, s => s switch { ReportSortField.Region => new Column("n.jurisdiction"), _ => new Column("n.year") }));
    }

    /// <summary>Every list with every condition set and every sort field: what the Cypher lint checks.</summary>
    public static IEnumerable<CypherStatement> Samples()
    {
        var s = new StringMatch { Eq = "a", Neq = "b", In = ["c"], Contains = "d", StartsWith = "e" };
        var i = new IntMatch { Eq = 1, Neq = 2, In = [3], Gt = 0, Gte = 0, Lt = 9, Lte = 9 };
        var d = new DateMatch { Eq = new DateOnly(2021, 1, 1), Gt = DateOnly.MinValue, Gte = DateOnly.MinValue, Lt = DateOnly.MaxValue, Lte = DateOnly.MaxValue };
        static List<SortOrder<T>> All<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => new SortOrder<T>(v, SortDirection.Descending)).ToList();
        var queries = new[]
        {
            Regions(new RegionFilter { Name = s, Level = new() { Eq = Domain.RegionLevel.County, In = [Domain.RegionLevel.Township] }, Parent = s, ParentId = "x" }, All<RegionSortField>()),
            Agencies(new AgencyFilter { Name = s, Kind = new() { Neq = Domain.AgencyKind.Party }, Region = s, RegionId = "x" }, All<AgencySortField>()),
            Documents(new DocumentFilter { Title = s, Number = s, Kind = new() { Eq = Domain.DocumentKind.Law }, Issuer = s, IssuerId = "x", Year = i, Region = s, RegionId = "x", CitedInReportId = "x" }, All<DocumentSortField>()),
            Delegations(new DelegationFilter { Mode = new() { Eq = Domain.DelegationMode.Entrust }, Region = s, RegionId = "x", From = s, FromId = "x", To = s, ToId = "x", PowerField = s, PowerCategory = s, PowerId = "x", Year = i, Date = d, AuthorizedBy = s, AuthorizedById = "x", ReportId = "x" }, All<DelegationSortField>()),
            Problems(new ProblemFilter { Region = s, RegionId = "x", Year = i, Category = s, Status = new() { Eq = Domain.ProblemStatus.Open }, Text = s, ReportId = "x" }, All<ProblemSortField>()),
            Responsibilities(new ResponsibilityFilter { Region = s, RegionId = "x", Role = new() { Eq = Domain.ResponsibilityRole.Lead }, Holder = s, HolderId = "x", Task = s, Year = i, ReportId = "x" }, All<ResponsibilitySortField>()),
            Metrics(new MetricFilter { Region = s, RegionId = "x", Year = i, Name = s, Unit = s, ReportId = "x" }, All<MetricSortField>()),
            Reports(new ReportFilter { Region = s, RegionId = "x", Year = i }, All<ReportSortField>()),
        };
        // the lists the API reads region by region, with every other condition set
        var byRegion = new[]
        {
            Delegations(new DelegationFilter { Mode = new() { Eq = Domain.DelegationMode.Entrust }, Region = s, From = s, FromId = "x", To = s, ToId = "x", PowerField = s, PowerCategory = s, PowerId = "x", Year = i, Date = d, AuthorizedBy = s, AuthorizedById = "x", ReportId = "x" }, All<DelegationSortField>()),
            Problems(new ProblemFilter { Region = s, Year = i, Category = s, Status = new() { Eq = Domain.ProblemStatus.Open }, Text = s, ReportId = "x" }, All<ProblemSortField>()),
            Metrics(new MetricFilter { Region = s, Year = i, Name = s, Unit = s, ReportId = "x" }, All<MetricSortField>()),
        };
        return queries.SelectMany(q => new[] { q.Page, q.Count }).Concat(byRegion.Select(q => q.ByRegion));
    }
}
