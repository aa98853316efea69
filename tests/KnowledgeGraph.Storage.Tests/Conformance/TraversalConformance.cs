using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>Authority chains, delegations reaching a township, delegation networks, problem histories, responsibilities.</summary>
public abstract class TraversalConformance : StoreConformance
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LoadAsync(Store, [.. HandBuiltReports.All()]);
    }

    [Fact]
    public async Task The_authority_chain_climbs_from_the_authorizing_document_to_the_root_policy()
    {
        var penalties = Assert.Single(await DelegationsAsync(new DelegationFilter { RegionId = RegionId("高邑县"), Mode = EnumMatch<DelegationMode>.Equal(DelegationMode.Devolve) }));
        Assert.Equal(87, penalties.ItemCount);

        var chains = await Store.GetAuthorityChainsAsync([penalties.Id]);

        var chain = chains[penalties.Id];
        Assert.Equal(2, chain.Steps.Count);
        Assert.Equal((0, "高邑县推进乡镇综合行政执法改革工作实施方案"), (chain.Steps[0].Depth, chain.Steps[0].Document.Title));
        Assert.Equal((1, "法治政府建设实施纲要(2015-2020年)"), (chain.Steps[1].Depth, chain.Steps[1].Document.Title));
        Assert.Equal(chain.Steps[0].Document.Id, chain.Steps[1].ChildId);
        Assert.Equal("法治政府建设实施纲要(2015-2020年)", Assert.Single(chain.Roots).Title);

        var links = await Store.GetEvidenceAsync(chain.Steps.Select(s => s.LinkId).ToList());
        Assert.Contains("87项", Assert.Single(links[chain.Steps[0].LinkId]).Quote, StringComparison.Ordinal);
        Assert.NotEmpty(links[chain.Steps[1].LinkId]);
    }

    [Fact]
    public async Task A_chain_is_cut_at_the_depth_asked_for()
    {
        var penalties = Assert.Single(await DelegationsAsync(new DelegationFilter { Mode = EnumMatch<DelegationMode>.Equal(DelegationMode.Devolve), RegionId = RegionId("高邑县") }));

        var shallow = await Store.GetAuthorityChainsAsync([penalties.Id, "Delegation:unknown"], maxDepth: 0);

        Assert.Single(shallow[penalties.Id].Steps);
        Assert.Empty(shallow["Delegation:unknown"].Steps);
    }

    [Fact]
    public async Task A_township_is_reached_by_what_its_county_hands_to_all_its_townships()
    {
        var gongtian = TownshipId("岳阳县", "公田镇");

        var reaching = await Store.GetDelegationsReachingAsync(gongtian);

        var reach = Assert.Single(reaching);
        Assert.False(reach.Direct);
        Assert.Equal(RegionId("岳阳县"), reach.ViaRegionId);
        Assert.Equal(39, reach.Delegation.ItemCount);
        var chain = (await Store.GetAuthorityChainsAsync([reach.Delegation.Id]))[reach.Delegation.Id];
        Assert.Equal("岳阳县乡镇综合执法工作暂行规定", Assert.Single(chain.Steps).Document.Title);
    }

    [Fact]
    public async Task Matters_narrow_what_reaches_the_townships_of_a_county()
    {
        var all = await Store.GetDelegationsReachingAsync(RegionId("高邑县"));
        var religion = await Store.GetDelegationsReachingAsync(RegionId("高邑县"), "宗教");
        var transport = await Store.GetDelegationsReachingAsync(RegionId("高邑县"), "交通运输管理");

        Assert.Equal(3, all.Count);
        Assert.Equal([new DateOnly(2020, 5, 18), new DateOnly(2020, 8, 18)], all.Where(r => r.Delegation.Date is not null).Select(r => r.Delegation.Date!.Value));
        Assert.Equal(AgencyId("高邑县", "高邑县民宗局"), Assert.Single(religion).Delegation.FromId);
        Assert.Equal(AgencyId("高邑县", "高邑县交通运输局"), Assert.Single(transport).Delegation.FromId);
        Assert.Empty(await Store.GetDelegationsReachingAsync(RegionId("高邑县"), "不存在的事项"));
    }

    [Fact]
    public async Task The_delegation_network_of_a_county_joins_bodies_and_recipients()
    {
        var network = await Store.GetDelegationNetworkAsync(RegionId("高邑县"));

        Assert.Equal(3, network.Delegations.Count);
        Assert.Equal(3, network.Recipients.Count);
        Assert.Contains(network.Participants, p => p is AgencyNode { Name: "高邑县民宗局" });
        Assert.Contains(network.Participants, p => p is AgencyNode { Name: "高邑县交通运输局" });
        Assert.Contains(network.Participants, p => p is RegionNode { Name: "高邑县" });
        Assert.All(network.Recipients.Where(r => r.Collective), r => Assert.Equal(RegionId("高邑县"), r.TargetId));
    }

    [Fact]
    public async Task Problems_of_consecutive_years_are_linked_when_they_recur()
    {
        var earlier = HandBuiltReports.Yueyang();
        var text = earlier.OriginalText;
        var next = earlier with
        {
            Report = earlier.Report with { Year = 2022 },
            OriginalText = text + "\n",
            Problems = [new ProblemFact { Text = "重大行政决策程序执行仍不够严格。", Category = "依法决策", Evidence = [ReportTexts.Quote(text, "随意行权问题依然存在")] }],
        };
        await Store.IngestAsync(next);

        var history = await Store.GetProblemHistoryAsync(RegionId("岳阳县"));

        Assert.Equal([2021, 2021, 2022], history.Problems.Select(p => p.Year));
        var recurrence = Assert.Single(history.Recurrences);
        var later = history.Problems.Single(p => p.Id == recurrence.ProblemId);
        Assert.Equal(2022, later.Year);
        Assert.Equal("依法决策", history.Problems.Single(p => p.Id == recurrence.PreviousId).Category);
        var linked = await Store.GetNeighborsAsync([later.Id], Relation.RecurrenceOf, Direction.Outgoing);
        Assert.Equal([recurrence.PreviousId], linked[later.Id]);
        Assert.Single((await Store.GetProblemHistoryAsync(RegionId("岳阳县"), yearFrom: 2022)).Problems);
    }

    /// <summary>
    /// RECURRENCE_OF is derived when read (never stored, never exported), so it follows curation: a corrected
    /// category ends the link, a rejected earlier problem is not linked, and an export has no line for it.
    /// </summary>
    [Fact]
    public async Task Recurrence_is_derived_when_read_and_follows_curation()
    {
        var earlier = HandBuiltReports.Yueyang();
        var text = earlier.OriginalText;
        await Store.IngestAsync(earlier with
        {
            Report = earlier.Report with { Year = 2022 },
            OriginalText = text + "\n",
            Problems = [new ProblemFact { Text = "重大行政决策程序执行仍不够严格。", Category = "依法决策", Evidence = [ReportTexts.Quote(text, "随意行权问题依然存在")] }],
        });
        var history = await Store.GetProblemHistoryAsync(RegionId("岳阳县"));
        var recurrence = Assert.Single(history.Recurrences);
        var curator = new CurationActor("审核员");

        await Store.CorrectFactAsync(recurrence.ProblemId, new Dictionary<string, string?> { ["category"] = "行政执法" }, curator);
        Assert.Empty((await Store.GetProblemHistoryAsync(RegionId("岳阳县"))).Recurrences);
        Assert.Empty((await Store.GetNeighborsAsync([recurrence.ProblemId], Relation.RecurrenceOf, Direction.Outgoing))[recurrence.ProblemId]);

        await Store.CorrectFactAsync(recurrence.ProblemId, new Dictionary<string, string?> { ["category"] = "依法决策" }, curator);
        Assert.Equal([recurrence.PreviousId], (await Store.GetNeighborsAsync([recurrence.ProblemId], Relation.RecurrenceOf, Direction.Outgoing))[recurrence.ProblemId]);
        Assert.Equal([recurrence.ProblemId], (await Store.GetNeighborsAsync([recurrence.PreviousId], Relation.RecurrenceOf, Direction.Incoming))[recurrence.PreviousId]);

        await Store.RejectFactAsync(recurrence.PreviousId, curator);
        Assert.Empty((await Store.GetNeighborsAsync([recurrence.ProblemId], Relation.RecurrenceOf, Direction.Outgoing))[recurrence.ProblemId]);
        Assert.Empty((await Store.GetProblemHistoryAsync(RegionId("岳阳县"))).Recurrences);

        using var export = new MemoryStream();
        await Store.ExportAsync(export);
        Assert.DoesNotContain("Recurrence", System.Text.Encoding.UTF8.GetString(export.ToArray()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_body_answers_for_its_responsibilities()
    {
        var office = AgencyId("高邑县", "高邑县人民政府办公室");

        var held = await Store.GetResponsibilitiesOfAsync([office, AgencyId("平鲁区", "平鲁区行政审批服务管理局")]);

        var lead = Assert.Single(held[office]);
        Assert.Equal(ResponsibilityRole.Lead, lead.Role);
        Assert.Equal("县政府办", lead.Holder);
        Assert.Empty(held[AgencyId("平鲁区", "平鲁区行政审批服务管理局")]);
    }
}
