using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>Batch reads for the API's DataLoaders: many ids in, one round trip. Rejected facts are never returned.</summary>
public static class ReadStatements
{
    internal const string Visible = "coalesce(b.curation, 'Extracted') <> 'Rejected'";

    /// <summary>Nodes of one label by id (the label comes from the id's prefix, so the unique index is used).</summary>
    public static CypherStatement NodesById(string label) => new($"Read.NodesById.{label}", $$"""
        MATCH (b:{{label}}) WHERE b.id IN $ids AND {{Visible}}
        RETURN {{(label == NodeLabels.Report ? "b {.*, text: null}" : "b {.*}")}} AS props
        """, "ids");

    /// <summary>Which labels sit at each end of a relation: (from, to).</summary>
    public static (IReadOnlyList<string> From, IReadOnlyList<string> To) Ends(Relation relation) => relation switch
    {
        Relation.PartOf => ([NodeLabels.Region], [NodeLabels.Region]),
        Relation.OfRegion => ([NodeLabels.Agency], [NodeLabels.Region]),
        Relation.IssuedBy => ([NodeLabels.Document], [NodeLabels.Agency]),
        Relation.BasedOn => ([NodeLabels.Document], [NodeLabels.Document]),
        Relation.DelegatedFrom => ([NodeLabels.Delegation], [NodeLabels.Agency]),
        Relation.DelegatedTo => ([NodeLabels.Delegation], [NodeLabels.Region, NodeLabels.Agency]),
        Relation.AuthorizedBy => ([NodeLabels.Delegation], [NodeLabels.Document]),
        Relation.Covers => ([NodeLabels.Delegation], [NodeLabels.Power]),
        Relation.HeldBy => ([NodeLabels.Responsibility], [NodeLabels.Agency]),
        Relation.StatedIn => ([NodeLabels.Problem, NodeLabels.Metric, NodeLabels.Delegation, NodeLabels.Responsibility, NodeLabels.Sentence], [NodeLabels.Report]),
        Relation.About => ([NodeLabels.Report, NodeLabels.Problem, NodeLabels.Metric, NodeLabels.Responsibility, NodeLabels.Delegation], [NodeLabels.Region]),
        Relation.Cites => ([NodeLabels.Report], [NodeLabels.Document]),
        Relation.RecurrenceOf => ([NodeLabels.Problem], [NodeLabels.Problem]),
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, null),
    };

    /// <summary>
    /// Neighbours of anchors of one label; rejected neighbours are left out, anchors are taken as given (as in SQLite).
    /// RECURRENCE_OF is derived at read time in both stores, never stored or exported: a problem recurs when its
    /// region admitted one of the same category (or in the same words) the year before — so a curator's correction of
    /// a category or year moves the link with it.
    /// </summary>
    public static CypherStatement Neighbors(string anchorLabel, Relation relation, Direction direction) =>
        Neighbors(anchorLabel, relation, direction, null);

    /// <summary><see cref="Neighbors(string, Relation, Direction)"/> matching only neighbours labelled <paramref name="neighborLabel"/>.</summary>
    public static CypherStatement NeighborsOfLabel(string anchorLabel, Relation relation, Direction direction, string neighborLabel) =>
        Neighbors(anchorLabel, relation, direction, neighborLabel);

    private static CypherStatement Neighbors(string anchorLabel, Relation relation, Direction direction, string? neighborLabel)
    {
        var name = $"Read.Neighbors.{anchorLabel}.{relation}.{direction}" + (neighborLabel is null ? "" : "." + neighborLabel);
        if (relation == Relation.RecurrenceOf)
        {
            var step = direction == Direction.Outgoing ? "-" : "+";
            return new(name, $$"""
                UNWIND $ids AS id
                MATCH (a:Problem {id: id})
                MATCH (b:Problem) WHERE b.regionId = a.regionId AND b.year = a.year {{step}} 1
                  AND (b.category = a.category OR b.text = a.text) AND {{Visible}}
                RETURN id, b.id AS neighbor
                ORDER BY id, neighbor
                """, "ids");
        }
        var type = GraphSchema.RelationshipType(relation);
        var pattern = direction == Direction.Outgoing ? $"-[e:{type}]->" : $"<-[e:{type}]-";
        // a report's incoming STATED_IN are its facts, not its sentences
        var where = (relation, direction) switch
        {
            (Relation.StatedIn, Direction.Incoming) => $"{Visible} AND NOT b:Sentence",
            _ => Visible,
        };
        return new(name, $$"""
            UNWIND $ids AS id
            MATCH (a:{{anchorLabel}} {id: id}){{pattern}}(b{{(neighborLabel is null ? "" : ":" + neighborLabel)}})
            WHERE {{where}}
            RETURN id, b.id AS neighbor
            ORDER BY id, {{NeighborOrder(relation, direction)}}
            """, "ids");
    }

    /// <summary>
    /// The order of neighbours each relation promises (documented on <see cref="Relation"/>), as SQLite sorts them:
    /// undated neighbours after every dated one ("IS NULL" before the date or year), other nullable keys with nulls
    /// first as SQLite sorts them ("IS NOT NULL" before the value).
    /// </summary>
    private static string NeighborOrder(Relation relation, Direction direction) => (relation, direction) switch
    {
        (Relation.PartOf or Relation.OfRegion, Direction.Incoming) => "b.name, b.id",
        (Relation.IssuedBy, Direction.Incoming) => "b.year IS NULL, b.year, b.title, b.id",
        (Relation.BasedOn, _) or (Relation.Cites, Direction.Outgoing) => "b.title, b.id",
        (Relation.DelegatedFrom or Relation.DelegatedTo or Relation.AuthorizedBy or Relation.Covers, Direction.Incoming) =>
            "b.date IS NULL, b.date, b.id",
        (Relation.DelegatedTo, Direction.Outgoing) => "e.ordinal, b.id",
        (Relation.Covers, Direction.Outgoing) => "b.category IS NOT NULL, b.category, b.field IS NOT NULL, b.field, b.id",
        (Relation.HeldBy, Direction.Incoming) or (Relation.Cites, Direction.Incoming) => "b.year, b.id",
        (Relation.StatedIn, Direction.Incoming) =>
            "CASE WHEN b:Delegation THEN 0 WHEN b:Responsibility THEN 1 WHEN b:Problem THEN 2 ELSE 3 END, b.id",
        // a delegation's year is its report's
        (Relation.About, Direction.Incoming) =>
            "CASE WHEN b:Report THEN 0 WHEN b:Delegation THEN 1 WHEN b:Responsibility THEN 2 WHEN b:Problem THEN 3 ELSE 4 END, " +
            "coalesce(b.year, head([(b)-[:STATED_IN]->(r:Report) | r.year])), b.id",
        _ => "b.id",
    };

    /// <summary>Every neighbour statement: per relation, anchor label and direction, and kept to each label of the far end.</summary>
    public static IEnumerable<CypherStatement> AllNeighbors() =>
        Enum.GetValues<Relation>().SelectMany(r =>
            Ends(r).From.Select(l => Neighbors(l, r, Direction.Outgoing))
                .Concat(Ends(r).To.Select(l => Neighbors(l, r, Direction.Incoming)))
                .Concat(Ends(r).From.SelectMany(l => Ends(r).To.Select(far => NeighborsOfLabel(l, r, Direction.Outgoing, far))))
                .Concat(Ends(r).To.SelectMany(l => Ends(r).From.Select(far => NeighborsOfLabel(l, r, Direction.Incoming, far)))))
            .DistinctBy(s => s.Name);

    /// <summary>Ids merged away, with the node each was merged into (GetNodes answers them with that node, as SQLite does).</summary>
    public static readonly CypherStatement AliasesOf = new("Read.AliasesOf", """
        MATCH (a:Alias) WHERE a.mergedId IN $ids RETURN a.mergedId AS mergedId, a.keptId AS keptId
        """, "ids");

    /// <summary>The recipients as the report names them; one a curator rejected is left out, as every rejected node is.</summary>
    public static readonly CypherStatement Recipients = new("Read.Recipients", """
        MATCH (d:Delegation)-[e:DELEGATED_TO]->(t)
        WHERE d.id IN $ids AND coalesce(t.curation, 'Extracted') <> 'Rejected'
        RETURN d.id AS delegationId, t.id AS targetId, labels(t)[0] AS targetLabel, e.name AS name, coalesce(e.collective, false) AS collective,
               e.ordinal AS ordinal
        ORDER BY delegationId, ordinal, name, targetId
        """, "ids");

    public static readonly CypherStatement Evidence = new("Read.Evidence", """
        MATCH (e:Evidence) WHERE e.factId IN $ids
        RETURN e.factId AS factId, e.reportId AS reportId, e.start AS start, e.end AS end, e.quote AS quote
        ORDER BY factId, reportId, start, end
        """, "ids");

    public static readonly CypherStatement ReportText = new("Read.ReportText", """
        MATCH (r:Report {id: $reportId}) RETURN r.text AS text
        """, "reportId");

    public static readonly CypherStatement CurationLog = new("Read.CurationLog", """
        MATCH (c:CurationEntry {factId: $factId})
        RETURN c.sequence AS sequence, c.factId AS factId, c.action AS action, c.actor AS actor, c.note AS note,
               c.detail AS detail, c.graphVersion AS graphVersion
        ORDER BY sequence
        """, "factId");
}
