using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>Loading, reloading, revising and deleting reports; entities resolving across reports.</summary>
public abstract class IngestionConformance : StoreConformance
{
    [Fact]
    public async Task A_new_report_is_added_with_all_its_facts_counted()
    {
        Assert.True(await Store.IsEmptyAsync());
        var before = await Store.GetGraphVersionAsync();

        var result = await Store.IngestAsync(HandBuiltReports.Gaoyi());

        Assert.Equal(IngestOutcome.Added, result.Outcome);
        Assert.Equal(ReportId("高邑县", 2020), result.ReportId);
        Assert.True(result.FactsAdded > 10);
        Assert.Equal(0, result.FactsUpdated + result.FactsUnchanged + result.FactsRemoved);
        Assert.True(result.GraphVersion > before);
        Assert.False(await Store.IsEmptyAsync());
        var counts = await Store.GetCountsAsync();
        Assert.Equal(3, counts.NodeCount(NodeLabels.Delegation));
        Assert.Equal(1, counts.NodeCount(NodeLabels.Report));
        Assert.Equal(3, counts.NodeCount(NodeLabels.Metric));
    }

    [Fact]
    public async Task Loading_the_same_reports_again_changes_nothing()
    {
        var reports = HandBuiltReports.All();
        await LoadAsync(Store, [.. reports]);
        var counts = await Store.GetCountsAsync();
        var version = await Store.GetGraphVersionAsync();

        foreach (var report in HandBuiltReports.All())
        {
            var again = await Store.IngestAsync(report);
            Assert.Equal(IngestOutcome.Unchanged, again.Outcome);
            Assert.Equal(0, again.FactsAdded + again.FactsUpdated + again.FactsRemoved);
            Assert.True(again.FactsUnchanged > 0);
        }

        EqualCounts(counts, await Store.GetCountsAsync());
        Assert.Equal(version, await Store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task A_revised_report_ends_as_if_the_revision_had_been_loaded_fresh()
    {
        var original = HandBuiltReports.Gaoyi();
        var revised = Revise(original);
        await LoadAsync(Store, original, HandBuiltReports.Pinglu());

        var result = await Store.IngestAsync(revised);

        Assert.Equal(IngestOutcome.Revised, result.Outcome);
        Assert.True(result.FactsUpdated >= 1, "the 87-item delegation now says 88");
        Assert.True(result.FactsRemoved >= 2, "the transport delegation and its power are gone");
        Assert.True(result.FactsUnchanged > 0);
        var gaoyi = await DelegationsAsync(new DelegationFilter { RegionId = RegionId("高邑县") });
        Assert.Equal(2, gaoyi.Count);
        Assert.Contains(gaoyi, d => d.ItemCount == 88);
        Assert.DoesNotContain(gaoyi, d => d.Matters == "交通运输管理部分事项");

        var revisedCounts = await Store.GetCountsAsync();
        var fresh = await OpenAnotherAsync(); // may empty Store's database (one-database backends)
        await LoadAsync(fresh, HandBuiltReports.Pinglu(), revised);
        EqualCounts(await fresh.GetCountsAsync(), revisedCounts);
    }

    [Fact]
    public async Task A_revision_keeps_shared_nodes_other_reports_still_cite()
    {
        var outline = NationalDocumentId("《法治政府建设实施纲要(2015-2020年)》");
        var original = HandBuiltReports.Gaoyi();
        await LoadAsync(Store, original, HandBuiltReports.Pinglu());
        var cutOutline = original with
        {
            OriginalText = original.OriginalText + "\n",
            Documents = original.Documents.Where(d => !d.Title.Contains("纲要", StringComparison.Ordinal))
                .Select(d => d with { BasedOn = [] }).ToList(),
        };

        await Store.IngestAsync(cutOutline);

        var citedBy = await Store.GetNeighborsAsync([outline], Relation.Cites, Direction.Incoming);
        Assert.Equal([ReportId("平鲁区", 2020)], citedBy[outline]);
        Assert.Contains(outline, (await Store.GetNodesAsync([outline])).Keys);

        await Store.DeleteReportAsync(ReportId("平鲁区", 2020));
        Assert.Empty(await Store.GetNodesAsync([outline]));
    }

    [Fact]
    public async Task Deleting_a_report_removes_its_own_facts_and_nothing_else()
    {
        await LoadAsync(Store, [.. HandBuiltReports.All()]);

        var deleted = await Store.DeleteReportAsync(ReportId("高邑县", 2020));

        Assert.NotNull(deleted);
        Assert.True(deleted.FactsRemoved > 10);
        Assert.Null(await Store.DeleteReportAsync(ReportId("高邑县", 2020)));
        Assert.Null(await Store.GetReportTextAsync(ReportId("高邑县", 2020)));

        var remaining = await Store.GetCountsAsync();
        var expected = await OpenAnotherAsync(); // may empty Store's database (one-database backends)
        await LoadAsync(expected, HandBuiltReports.Yueyang(), HandBuiltReports.Pinglu());
        EqualCounts(await expected.GetCountsAsync(), remaining);
    }

    [Fact]
    public async Task A_national_document_is_one_node_whoever_cites_it()
    {
        await LoadAsync(Store, HandBuiltReports.Gaoyi(), HandBuiltReports.Pinglu());

        var outline = await DocumentsAsync(new DocumentFilter { Title = StringMatch.Equal("法治政府建设实施纲要(2015-2020年)") });

        var only = Assert.Single(outline);
        Assert.Equal(DocumentKind.CentralPolicy, only.Kind);
        var citedBy = await Store.GetNeighborsAsync([only.Id], Relation.Cites, Direction.Incoming);
        Assert.Equal(2, citedBy[only.Id].Count);
        var evidence = await Store.GetEvidenceAsync([only.Id]);
        Assert.Equal(2, evidence[only.Id].Select(e => e.ReportId).Distinct().Count());
    }

    [Fact]
    public async Task Dashes_in_titles_do_not_split_a_document()
    {
        var yueyang = HandBuiltReports.Yueyang();
        var text = yueyang.OriginalText;
        var hyphen = "《法治政府建设实施纲要(2021-2025年)》";
        var withBoth = yueyang with
        {
            Documents = [.. yueyang.Documents, new DocumentFact { Title = hyphen, Kind = DocumentKind.CentralPolicy, Evidence = [ReportTexts.Quote(text, hyphen)] }],
        };

        await Store.IngestAsync(withBoth);

        Assert.Single(await DocumentsAsync(new DocumentFilter { Title = StringMatch.Containing("2021-2025") }));
    }

    [Fact]
    public async Task A_body_is_scoped_to_its_region()
    {
        var fuyunText = ReportTexts.Read(ReportTexts.Fuyun);
        var fuyun = new ReportFacts
        {
            Report = new ReportMeta { Jurisdiction = "富蕴县", ParentCity = "阿勒泰地区", Province = "新疆维吾尔自治区", Year = 2024 },
            OriginalText = fuyunText,
            Agencies = [new AgencyFact { Name = "司法局", Normalized = "富蕴县司法局", Kind = AgencyKind.Government, Evidence = [ReportTexts.Quote(fuyunText, "经司法局合法性审查")] }],
        };
        await LoadAsync(Store, HandBuiltReports.Gaoyi(), fuyun);

        var bureaus = await AllAsync(p => Store.ListAgenciesAsync(new AgencyFilter { Name = StringMatch.Containing("司法局") }, [], p));

        Assert.Equal(2, bureaus.Count);
        Assert.Equal(2, bureaus.Select(b => b.RegionId).Distinct().Count());
        var gaoyi = Assert.Single(await AllAsync(p => Store.ListAgenciesAsync(new AgencyFilter { Name = StringMatch.Equal("县司法局") }, [], p)));
        Assert.Equal("高邑县司法局", gaoyi.Name);
        Assert.Equal(RegionId("高邑县"), gaoyi.RegionId);
        Assert.Equal(RegionLevel.County, ((RegionNode)(await Store.GetNodesAsync([RegionId("富蕴县")]))[RegionId("富蕴县")]).Level);
    }

    [Fact]
    public async Task Regions_hang_under_their_city_and_province_and_parents_are_filled_in_later()
    {
        var gaoyi = HandBuiltReports.Gaoyi();
        var withoutParents = gaoyi with { Report = gaoyi.Report with { ParentCity = null, Province = null, Year = 2019 }, OriginalText = gaoyi.OriginalText + " " };
        await Store.IngestAsync(withoutParents);
        var county = RegionId("高邑县");
        Assert.Empty((await Store.GetNeighborsAsync([county], Relation.PartOf, Direction.Outgoing))[county]);

        await Store.IngestAsync(gaoyi);

        var city = (await Store.GetNeighborsAsync([county], Relation.PartOf, Direction.Outgoing))[county];
        Assert.Equal([RegionId("石家庄市")], city);
        var province = (await Store.GetNeighborsAsync(city, Relation.PartOf, Direction.Outgoing))[city[0]];
        Assert.Equal([RegionId("河北省")], province);
        var regions = await Store.ListRegionsAsync(new RegionFilter { Parent = StringMatch.Equal("石家庄市") }, [], PageRequest.FirstPage(10));
        Assert.Equal("高邑县", Assert.Single(regions.Nodes).Name);
    }

    [Fact]
    public async Task Every_fact_keeps_its_evidence_quoted_from_the_report()
    {
        var gaoyi = HandBuiltReports.Gaoyi();
        await Store.IngestAsync(gaoyi);
        var delegations = await DelegationsAsync(new DelegationFilter());
        var text = await Store.GetReportTextAsync(ReportId("高邑县", 2020));
        Assert.Equal(gaoyi.OriginalText, text);

        var evidence = await Store.GetEvidenceAsync(delegations.Select(d => d.Id).ToList());

        foreach (var d in delegations)
        {
            var e = Assert.Single(evidence[d.Id]);
            Assert.Equal(text![e.Start..e.End], e.Quote);
            Assert.Equal(ReportId("高邑县", 2020), e.ReportId);
        }
        Assert.Contains(evidence.Values.SelectMany(v => v), e => e.Quote.Contains("5月18日", StringComparison.Ordinal));
    }

    /// <summary>Gaoyi revised: 87 items become 88, the transport entrustment is withdrawn.</summary>
    protected static ReportFacts Revise(ReportFacts gaoyi) => gaoyi with
    {
        OriginalText = gaoyi.OriginalText + "\n(修订)",
        Delegations = gaoyi.Delegations.Where(d => d.Matters != "交通运输管理部分事项")
            .Select(d => d.ItemCount == 87 ? d with { ItemCount = 88 } : d).ToList(),
    };
}
