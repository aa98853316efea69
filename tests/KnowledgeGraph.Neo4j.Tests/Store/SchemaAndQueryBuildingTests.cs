using KnowledgeGraph.Domain;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Store;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Neo4j.Tests.Store;

public sealed class SchemaAndQueryBuildingTests
{
    [Fact]
    public void Every_schema_statement_is_idempotent_and_ids_are_unique_for_every_label()
    {
        var statements = SchemaScripts.Statements.Select(s => s.Text).ToList();

        Assert.All(statements, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
        Assert.All(Storage.Model.NodeLabels.All, label =>
            Assert.Contains(statements, s => s.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal)));
        var fulltext = Assert.Single(statements, s => s.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal));
        Assert.Contains("`fulltext.analyzer`: 'cjk'", fulltext, StringComparison.Ordinal);
        Assert.DoesNotContain(statements, s => s.TrimEnd().EndsWith(';'));
    }

    [Fact]
    public void User_text_in_a_filter_becomes_parameters_never_statement_text()
    {
        const string hostile = "高邑县'}) DETACH DELETE n //";
        var query = ListQueries.Delegations(new DelegationFilter
        {
            Region = StringMatch.Equal(hostile),
            From = StringMatch.Containing(hostile),
            To = new StringMatch { In = [hostile] },
            Date = new DateMatch { Gte = new DateOnly(2021, 1, 1) },
        }, [new SortOrder<DelegationSortField>(DelegationSortField.Date, SortDirection.Descending)]);

        Assert.DoesNotContain(hostile, query.Page.Text, StringComparison.Ordinal);
        Assert.Contains(hostile, query.Where.Parameters.Values);
        Assert.Contains(new DateOnly(2021, 1, 1), query.Where.Parameters.Values);
        Assert.All(query.Where.Parameters.Keys, k => Assert.Contains("$" + k, query.Page.Text, StringComparison.Ordinal));
        Assert.Contains("ORDER BY n.date IS NULL, n.date DESC, n.id", query.Page.Text, StringComparison.Ordinal); // undated last, newest first
    }

    [Fact]
    public void Every_walk_of_the_region_hierarchy_goes_as_deep_as_the_SQLite_store_does()
    {
        var walks = CypherRegistry.All
            .SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s.Text, @"PART_OF\*(\d+)\.\.(\d+)").Select(m => (s.Name, Bound: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();

        // filters by region, region batches, problem histories, delegations reaching a township, the merge check
        Assert.Contains(walks, w => w.Name == "Traversal.DelegationsReaching");
        Assert.Contains(walks, w => w.Name == "Traversal.ProblemsOfRegion");
        Assert.Contains(walks, w => w.Name == "Curation.RegionsNested");
        Assert.Contains(walks, w => w.Name.EndsWith(".ByRegion", StringComparison.Ordinal));
        Assert.All(walks, w => Assert.Equal((w.Name, RegionHierarchy.MaxDepth), (w.Name, w.Bound)));
    }

    [Fact]
    public void A_region_batch_cuts_each_region_in_its_own_subquery_before_projecting_rows()
    {
        var text = ListQueries.Delegations(new DelegationFilter(), [new SortOrder<DelegationSortField>(DelegationSortField.Date, SortDirection.Descending)]).ByRegion.Text;

        var call = text.IndexOf("CALL (regionId) {", StringComparison.Ordinal);
        var order = text.IndexOf("ORDER BY n.date IS NULL, n.date DESC, n.id", StringComparison.Ordinal);
        var limit = text.IndexOf("LIMIT $limit", StringComparison.Ordinal);
        var collect = text.IndexOf("RETURN collect(n {.*}) AS rows", StringComparison.Ordinal);
        Assert.True(call >= 0 && call < order && order < limit && limit < collect, text);
        Assert.DoesNotContain("[..$limit]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_number_in_any_bracket_style_is_matched_in_its_canonical_form()
    {
        var query = ListQueries.Documents(new DocumentFilter { Number = StringMatch.Equal("高政办发[2020]65号") }, []);

        Assert.Contains("高政办发〔2020〕65号", query.Where.Parameters.Values);
    }

    [Fact]
    public void A_cursor_only_pages_the_list_and_sort_it_came_from()
    {
        var byTitle = ListQueries.Documents(new DocumentFilter(), [new SortOrder<DocumentSortField>(DocumentSortField.Title)]);
        var byYear = ListQueries.Documents(new DocumentFilter(), [new SortOrder<DocumentSortField>(DocumentSortField.Year)]);
        var cursor = PageCursor.Encode(byTitle.Signature, 41);

        Assert.Equal(41, PageCursor.Decode(cursor, byTitle.Signature));
        Assert.Throws<ArgumentException>(() => PageCursor.Decode(cursor, byYear.Signature));
        Assert.Throws<ArgumentException>(() => PageCursor.Decode("not a cursor", byTitle.Signature));
    }

    [Fact]
    public void Search_text_is_one_escaped_lucene_phrase_and_snippets_mark_the_match()
    {
        Assert.Equal("\"行政执法\\\" OR *:*\"", Neo4jGraphStore.LucenePhrase("行政执法\" OR *:*"));
        Assert.Equal("根据《【中华人民共和国行政处罚法】》", Neo4jGraphStore.Snippet("根据《中华人民共和国行政处罚法》", "中华人民共和国行政处罚法"));
    }

    [Fact]
    public void Every_relation_has_a_neo4j_type_and_both_ends_can_be_read()
    {
        foreach (var relation in Enum.GetValues<Storage.Model.Relation>())
        {
            Assert.Matches("^[A-Z_]+$", GraphSchema.RelationshipType(relation));
            var (from, to) = ReadStatements.Ends(relation);
            Assert.NotEmpty(from);
            Assert.NotEmpty(to);
        }
        Assert.Equal("Document", StableId.TypeOf(StableId.For("Document", "x")));
    }
}
