using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>
/// The five real reports, read by the extractor and loaded, answer the questions legal staff ask with what the
/// reports say; reloading, revising, deleting and exporting behave on the real graph.
/// </summary>
public abstract class FiveReportsConformance : StoreConformance
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var report in ExtractedReports.All())
        {
            Assert.Equal(IngestOutcome.Added, (await Store.IngestAsync(report)).Outcome);
        }
    }

    [Fact]
    public async Task The_five_reports_are_in_the_graph_under_their_regions()
    {
        var reports = await Store.ListReportsAsync(new ReportFilter(), [new SortOrder<ReportSortField>(ReportSortField.Year)], PageRequest.FirstPage(10));

        Assert.Equal(5, reports.TotalCount);
        Assert.Equal([2020, 2020, 2021, 2023, 2024], reports.Nodes.Select(r => r.Year));
        Assert.Contains(reports.Nodes, r => r.Jurisdiction == "高邑县" && r.SourceName == ReportTexts.Gaoyi);
        var gaoyi = RegionId("高邑县");
        Assert.Equal([RegionId("石家庄市")], (await Store.GetNeighborsAsync([gaoyi], Relation.PartOf, Direction.Outgoing))[gaoyi]);
    }

    [Fact]
    public async Task Loading_the_five_again_changes_no_count_of_any_node_or_edge()
    {
        var counts = await Store.GetCountsAsync();
        var version = await Store.GetGraphVersionAsync();

        foreach (var report in ExtractedReports.All())
        {
            Assert.Equal(IngestOutcome.Unchanged, (await Store.IngestAsync(report)).Outcome);
        }

        EqualCounts(counts, await Store.GetCountsAsync());
        Assert.Equal(version, await Store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task A_revised_report_replaces_its_facts_as_a_fresh_load_would()
    {
        var withdrawn = "8月18日,高邑县交通运输局与各乡镇分别履行签约手续,依法依规将交通运输管理部分事项委托乡镇人民政府进行执法。";
        var text = ReportTexts.Read(ReportTexts.Gaoyi);
        Assert.Contains(withdrawn, text, StringComparison.Ordinal);
        var revised = ReportExtractor.Default.Extract(text.Replace(withdrawn, "", StringComparison.Ordinal), sourceName: ReportTexts.Gaoyi);

        var result = await Store.IngestAsync(revised);

        Assert.Equal(IngestOutcome.Revised, result.Outcome);
        Assert.True(result.FactsRemoved > 0);
        Assert.True(result.FactsUnchanged > result.FactsAdded);
        Assert.Empty(await Store.GetDelegationsReachingAsync(RegionId("高邑县"), "交通运输"));
        var revisedCounts = await Store.GetCountsAsync();
        var fresh = await OpenAnotherAsync(); // may empty Store's database (one-database backends)
        foreach (var report in ExtractedReports.All().Select(r => r.SourceName == ReportTexts.Gaoyi ? revised : r)) await fresh.IngestAsync(report);
        EqualCounts(await fresh.GetCountsAsync(), revisedCounts);
    }

    [Fact]
    public async Task Deleting_the_reports_one_by_one_empties_the_graph_and_keeps_shared_nodes_until_the_last_citation()
    {
        var regulation = NationalDocumentId("《政府信息公开条例》");
        Assert.Equal(2, (await Store.GetNeighborsAsync([regulation], Relation.Cites, Direction.Incoming))[regulation].Count);

        await Store.DeleteReportAsync(ReportId("平鲁区", 2020));
        Assert.Single((await Store.GetNeighborsAsync([regulation], Relation.Cites, Direction.Incoming))[regulation]);
        foreach (var report in (await Store.ListReportsAsync(new ReportFilter(), [], PageRequest.FirstPage(10))).Nodes)
        {
            Assert.NotNull(await Store.DeleteReportAsync(report.Id));
        }

        var counts = await Store.GetCountsAsync();
        Assert.All(counts.Nodes.Values, n => Assert.Equal(0, n));
        Assert.All(counts.Edges.Values, n => Assert.Equal(0, n));
        Assert.True(await Store.IsEmptyAsync());
    }

    [Fact]
    public async Task The_townships_of_Gaoyi_were_entrusted_religious_and_transport_matters_on_the_days_the_report_gives()
    {
        var religion = Assert.Single(await Store.GetDelegationsReachingAsync(RegionId("高邑县"), "宗教"));
        var transport = Assert.Single(await Store.GetDelegationsReachingAsync(RegionId("高邑县"), "交通运输"));

        Assert.Equal((DelegationMode.Entrust, new DateOnly(2020, 5, 18)), (religion.Delegation.Mode, religion.Delegation.Date));
        Assert.Equal((DelegationMode.Entrust, new DateOnly(2020, 8, 18)), (transport.Delegation.Mode, transport.Delegation.Date));
        var bodies = await Store.GetNodesAsync([religion.Delegation.FromId!, transport.Delegation.FromId!]);
        Assert.Equal("高邑县民宗局", ((AgencyNode)bodies[religion.Delegation.FromId!]).Name);
        Assert.Equal("高邑县交通运输局", ((AgencyNode)bodies[transport.Delegation.FromId!]).Name);
        var evidence = await Store.GetEvidenceAsync([religion.Delegation.Id]);
        Assert.Contains("5月18日", evidence[religion.Delegation.Id][0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eighty_seven_penalty_matters_went_down_under_the_Gaoyi_reform_plan()
    {
        var penalties = Assert.Single(await DelegationsAsync(new DelegationFilter { Region = StringMatch.Equal("高邑县") }), d => d.ItemCount == 87);

        var chain = (await Store.GetAuthorityChainsAsync([penalties.Id]))[penalties.Id];

        Assert.Equal("高邑县推进乡镇综合行政执法改革工作实施方案", chain.Steps[0].Document.Title);
        Assert.Contains("87项", Assert.Single((await Store.GetEvidenceAsync([chain.Steps[0].LinkId]))[chain.Steps[0].LinkId]).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gongtian_is_reached_by_the_first_batch_of_39_matters_under_the_Yueyang_rules()
    {
        var gongtian = Assert.Single((await Store.ListRegionsAsync(new RegionFilter { Name = StringMatch.Equal("公田镇"), Parent = StringMatch.Equal("岳阳县") }, [], PageRequest.FirstPage(5))).Nodes);

        var reaching = await Store.GetDelegationsReachingAsync(gongtian.Id);

        var devolved = Assert.Single(reaching, r => r.Delegation.ItemCount == 39);
        Assert.Equal(DelegationMode.Devolve, devolved.Delegation.Mode);
        Assert.Equal(RegionId("岳阳县"), devolved.ViaRegionId);
        var chain = (await Store.GetAuthorityChainsAsync([devolved.Delegation.Id]))[devolved.Delegation.Id];
        Assert.Equal("岳阳县乡镇综合执法工作暂行规定", chain.Steps[0].Document.Title);
    }

    [Fact]
    public async Task Pinglu_transferred_238_licensing_matters_to_its_approval_bureau()
    {
        var transfer = Assert.Single(await DelegationsAsync(new DelegationFilter { Region = StringMatch.Equal("平鲁区"), Mode = EnumMatch<DelegationMode>.Equal(DelegationMode.Transfer) }));

        Assert.Equal(238, transfer.ItemCount);
        var to = Assert.Single((await Store.GetRecipientsAsync([transfer.Id]))[transfer.Id]);
        Assert.Equal("区行政审批服务管理局", to.Name);
        Assert.Equal("平鲁区行政审批服务管理局", ((AgencyNode)(await Store.GetNodesAsync([to.TargetId]))[to.TargetId]).Name);
        var powers = await Store.GetNeighborsAsync([transfer.Id], Relation.Covers, Direction.Outgoing);
        var power = (PowerNode)(await Store.GetNodesAsync(powers[transfer.Id]))[powers[transfer.Id][0]];
        Assert.Equal("行政许可", power.Category);
    }

    [Fact]
    public async Task A_document_number_resolves_to_its_title()
    {
        var found = Assert.Single(await DocumentsAsync(new DocumentFilter { Number = StringMatch.Equal("高政办发〔2020〕65号") }));

        Assert.Equal("高邑县重大行政决策程序实施细则", found.Title);
        Assert.Equal(2020, found.Year);
    }

    [Fact]
    public async Task Laws_and_regulations_cited_by_several_reports_are_single_nodes()
    {
        foreach (var title in new[] { "《政府信息公开条例》", "《重大行政决策程序暂行条例》", "《法治政府建设实施纲要(2015-2020年)》" })
        {
            var found = Assert.Single(await DocumentsAsync(new DocumentFilter { Title = StringMatch.Equal(title.Trim('《', '》')) }));
            Assert.Equal(2, (await Store.GetNeighborsAsync([found.Id], Relation.Cites, Direction.Incoming))[found.Id].Count);
        }
    }

    [Fact]
    public async Task Every_quote_is_the_span_of_the_report_it_points_into()
    {
        var delegations = await DelegationsAsync(new DelegationFilter());
        var problems = await AllAsync(p => Store.ListProblemsAsync(new ProblemFilter(), [], p));
        var evidence = await Store.GetEvidenceAsync(delegations.Select(d => d.Id).Concat(problems.Select(p => p.Id)).ToList());
        var texts = new Dictionary<string, string>();

        foreach (var e in evidence.Values.SelectMany(v => v))
        {
            if (!texts.TryGetValue(e.ReportId, out var text)) texts[e.ReportId] = text = (await Store.GetReportTextAsync(e.ReportId))!;
            Assert.Equal(text[e.Start..e.End], e.Quote);
        }
        Assert.All(delegations, d => Assert.NotEmpty(evidence[d.Id]));
    }

    [Fact]
    public async Task Sentences_of_every_report_are_searchable()
    {
        var hits = await Store.SearchAsync("综合行政执法", [SearchKind.Sentence], limit: 200);
        var reports = await Store.GetNeighborsAsync(hits.Select(h => h.NodeId).ToList(), Relation.StatedIn, Direction.Outgoing);

        Assert.True(reports.Values.SelectMany(r => r).Distinct().Count() >= 3);
        Assert.All(hits, h => Assert.Contains("【综合行政执法】", h.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_real_graph_exports_imports_and_exports_byte_identical()
    {
        using var first = new MemoryStream();
        await Store.ExportAsync(first);
        var counts = await Store.GetCountsAsync();
        var copy = await OpenAnotherAsync(); // may empty Store's database (one-database backends)
        first.Position = 0;
        await copy.ImportAsync(first);
        using var second = new MemoryStream();
        await copy.ExportAsync(second);

        Assert.Equal(first.ToArray(), second.ToArray());
        EqualCounts(counts, await copy.GetCountsAsync());
    }
}
