using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// One query per relation and direction, returning (requested id, neighbour id) pairs in a stable order for the
/// ids in the JSON array $ids. Rejected neighbours are left out. Where the order is by date or year, undated neighbours
/// come last (as Neo4j sorts them), after every dated one.
/// </summary>
internal static class NeighborSql
{
    private const string Ids = "(SELECT value FROM json_each($ids))";

    /// <summary>
    /// The neighbours of one label alone, where the relation's query unions several tables (a region's incoming ABOUT,
    /// a report's incoming STATED_IN): that label's branch, in the order the union gives it. Null elsewhere.
    /// </summary>
    public static string? ForLabel(Relation relation, Direction direction, string label) => (relation, direction, label) switch
    {
        (Relation.About, Direction.Incoming, NodeLabels.Report) =>
            $"SELECT region_id, id FROM report WHERE region_id IN {Ids} ORDER BY region_id, year, id",
        (Relation.About, Direction.Incoming, NodeLabels.Delegation or NodeLabels.Responsibility or NodeLabels.Problem or NodeLabels.Metric) =>
            $"SELECT region_id, id FROM {NodeRows.ByLabel[label].Table} WHERE region_id IN {Ids} AND status <> 3 ORDER BY region_id, year, id",
        (Relation.StatedIn, Direction.Incoming, NodeLabels.Delegation or NodeLabels.Responsibility or NodeLabels.Problem or NodeLabels.Metric) =>
            $"SELECT report_id, id FROM {NodeRows.ByLabel[label].Table} WHERE report_id IN {Ids} AND status <> 3 ORDER BY report_id, id",
        _ => null,
    };

    public static string For(Relation relation, Direction direction) => (relation, direction) switch
    {
        (Relation.PartOf, Direction.Outgoing) =>
            $"SELECT c.id, p.id FROM region c JOIN region p ON p.id = c.parent_id AND p.status <> 3 WHERE c.id IN {Ids}",
        (Relation.PartOf, Direction.Incoming) =>
            $"SELECT c.parent_id, c.id FROM region c WHERE c.parent_id IN {Ids} AND c.status <> 3 ORDER BY c.parent_id, c.name, c.id",
        (Relation.OfRegion, Direction.Outgoing) =>
            $"SELECT a.id, g.id FROM agency a JOIN region g ON g.id = a.region_id AND g.status <> 3 WHERE a.id IN {Ids}",
        (Relation.OfRegion, Direction.Incoming) =>
            $"SELECT a.region_id, a.id FROM agency a WHERE a.region_id IN {Ids} AND a.status <> 3 ORDER BY a.region_id, a.name, a.id",
        (Relation.IssuedBy, Direction.Outgoing) =>
            $"SELECT d.id, a.id FROM document d JOIN agency a ON a.id = d.issuer_id AND a.status <> 3 WHERE d.id IN {Ids}",
        (Relation.IssuedBy, Direction.Incoming) =>
            $"SELECT d.issuer_id, d.id FROM document d WHERE d.issuer_id IN {Ids} AND d.status <> 3 ORDER BY d.issuer_id, d.year IS NULL, d.year, d.title, d.id",
        (Relation.BasedOn, Direction.Outgoing) =>
            $"SELECT b.document_id, d.id FROM based_on b JOIN document d ON d.id = b.basis_id AND d.status <> 3 WHERE b.document_id IN {Ids} ORDER BY b.document_id, d.title, d.id",
        (Relation.BasedOn, Direction.Incoming) =>
            $"SELECT b.basis_id, d.id FROM based_on b JOIN document d ON d.id = b.document_id AND d.status <> 3 WHERE b.basis_id IN {Ids} ORDER BY b.basis_id, d.title, d.id",
        (Relation.DelegatedFrom, Direction.Outgoing) =>
            $"SELECT dl.id, a.id FROM delegation dl JOIN agency a ON a.id = dl.from_id AND a.status <> 3 WHERE dl.id IN {Ids}",
        (Relation.DelegatedFrom, Direction.Incoming) =>
            $"SELECT dl.from_id, dl.id FROM delegation dl WHERE dl.from_id IN {Ids} AND dl.status <> 3 ORDER BY dl.from_id, dl.date IS NULL, dl.date, dl.id",
        (Relation.DelegatedTo, Direction.Outgoing) =>
            $"SELECT r.delegation_id, r.target_id FROM delegation_recipient r WHERE r.delegation_id IN {Ids} AND {VisibleRecipient.Of("r")} ORDER BY r.delegation_id, r.ordinal",
        (Relation.DelegatedTo, Direction.Incoming) =>
            $"SELECT r.target_id, dl.id FROM delegation_recipient r JOIN delegation dl ON dl.id = r.delegation_id AND dl.status <> 3 WHERE r.target_id IN {Ids} ORDER BY r.target_id, dl.date IS NULL, dl.date, dl.id",
        (Relation.AuthorizedBy, Direction.Outgoing) =>
            $"SELECT dl.id, d.id FROM delegation dl JOIN document d ON d.id = dl.authorized_by_id AND d.status <> 3 WHERE dl.id IN {Ids}",
        (Relation.AuthorizedBy, Direction.Incoming) =>
            $"SELECT dl.authorized_by_id, dl.id FROM delegation dl WHERE dl.authorized_by_id IN {Ids} AND dl.status <> 3 ORDER BY dl.authorized_by_id, dl.date IS NULL, dl.date, dl.id",
        (Relation.Covers, Direction.Outgoing) =>
            $"SELECT c.delegation_id, p.id FROM covers c JOIN power p ON p.id = c.power_id WHERE c.delegation_id IN {Ids} ORDER BY c.delegation_id, p.category, p.field, p.id",
        (Relation.Covers, Direction.Incoming) =>
            $"SELECT c.power_id, dl.id FROM covers c JOIN delegation dl ON dl.id = c.delegation_id AND dl.status <> 3 WHERE c.power_id IN {Ids} ORDER BY c.power_id, dl.date IS NULL, dl.date, dl.id",
        (Relation.HeldBy, Direction.Outgoing) =>
            $"SELECT r.id, a.id FROM responsibility r JOIN agency a ON a.id = r.holder_id AND a.status <> 3 WHERE r.id IN {Ids}",
        (Relation.HeldBy, Direction.Incoming) =>
            $"SELECT r.holder_id, r.id FROM responsibility r WHERE r.holder_id IN {Ids} AND r.status <> 3 ORDER BY r.holder_id, r.year, r.id",
        (Relation.StatedIn, Direction.Outgoing) => $"""
            SELECT id, report_id FROM delegation WHERE id IN {Ids}
            UNION ALL SELECT id, report_id FROM responsibility WHERE id IN {Ids}
            UNION ALL SELECT id, report_id FROM problem WHERE id IN {Ids}
            UNION ALL SELECT id, report_id FROM metric WHERE id IN {Ids}
            UNION ALL SELECT id, report_id FROM sentence WHERE id IN {Ids}
            """,
        (Relation.StatedIn, Direction.Incoming) => $"""
            SELECT report_id, id FROM (
                SELECT report_id, id, 0 AS k FROM delegation WHERE report_id IN {Ids} AND status <> 3
                UNION ALL SELECT report_id, id, 1 FROM responsibility WHERE report_id IN {Ids} AND status <> 3
                UNION ALL SELECT report_id, id, 2 FROM problem WHERE report_id IN {Ids} AND status <> 3
                UNION ALL SELECT report_id, id, 3 FROM metric WHERE report_id IN {Ids} AND status <> 3)
            ORDER BY report_id, k, id
            """,
        (Relation.About, Direction.Outgoing) => $"""
            SELECT id, region_id FROM report WHERE id IN {Ids}
            UNION ALL SELECT id, region_id FROM delegation WHERE id IN {Ids}
            UNION ALL SELECT id, region_id FROM responsibility WHERE id IN {Ids}
            UNION ALL SELECT id, region_id FROM problem WHERE id IN {Ids}
            UNION ALL SELECT id, region_id FROM metric WHERE id IN {Ids}
            """,
        (Relation.About, Direction.Incoming) => $"""
            SELECT region_id, id FROM (
                SELECT region_id, id, 0 AS k, year FROM report WHERE region_id IN {Ids}
                UNION ALL SELECT region_id, id, 1, year FROM delegation WHERE region_id IN {Ids} AND status <> 3
                UNION ALL SELECT region_id, id, 2, year FROM responsibility WHERE region_id IN {Ids} AND status <> 3
                UNION ALL SELECT region_id, id, 3, year FROM problem WHERE region_id IN {Ids} AND status <> 3
                UNION ALL SELECT region_id, id, 4, year FROM metric WHERE region_id IN {Ids} AND status <> 3)
            ORDER BY region_id, k, year, id
            """,
        // A report mentions every fact it states; document ids share the "Document:" prefix, so the range keeps the
        // scan of mention's (report_id, fact_id) key to the report's documents (':' + 1 is ';').
        (Relation.Cites, Direction.Outgoing) =>
            $"SELECT m.report_id, d.id FROM mention m JOIN document d ON d.id = m.fact_id AND d.status <> 3 WHERE m.report_id IN {Ids} AND m.fact_id >= 'Document:' AND m.fact_id < 'Document;' ORDER BY m.report_id, d.title, d.id",
        (Relation.Cites, Direction.Incoming) =>
            $"SELECT m.fact_id, rp.id FROM mention m JOIN report rp ON rp.id = m.report_id WHERE m.fact_id IN {Ids} ORDER BY m.fact_id, rp.year, rp.id",
        (Relation.RecurrenceOf, Direction.Outgoing) => $"""
            SELECT p.id, q.id FROM problem p JOIN problem q ON q.region_id = p.region_id AND q.year = p.year - 1 AND q.status <> 3
                AND ((p.category IS NOT NULL AND q.category = p.category) OR q.text = p.text)
            WHERE p.id IN {Ids} ORDER BY p.id, q.id
            """,
        (Relation.RecurrenceOf, Direction.Incoming) => $"""
            SELECT p.id, q.id FROM problem p JOIN problem q ON q.region_id = p.region_id AND q.year = p.year + 1 AND q.status <> 3
                AND ((p.category IS NOT NULL AND q.category = p.category) OR q.text = p.text)
            WHERE p.id IN {Ids} ORDER BY p.id, q.id
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "Unknown relation."),
    };
}
