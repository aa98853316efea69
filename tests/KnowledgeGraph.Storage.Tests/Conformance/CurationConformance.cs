using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>Confirming, rejecting, correcting and merging facts; every step audited and bumping the version.</summary>
public abstract class CurationConformance : StoreConformance
{
    private static readonly CurationActor Curator = new("curator@example", "checked against the report");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LoadAsync(Store, [.. HandBuiltReports.All()]);
    }

    private async Task<DelegationNode> PenaltiesAsync() =>
        Assert.Single(await DelegationsAsync(new DelegationFilter { RegionId = RegionId("高邑县"), Mode = EnumMatch<KnowledgeGraph.Domain.DelegationMode>.Equal(KnowledgeGraph.Domain.DelegationMode.Devolve) }));

    [Fact]
    public async Task A_rejected_fact_is_hidden_from_readers_but_kept_for_audit()
    {
        var transfer = Assert.Single(await DelegationsAsync(new DelegationFilter { Region = StringMatch.Equal("平鲁区") }));
        var version = await Store.GetGraphVersionAsync();
        var before = await Store.GetCountsAsync();

        var result = await Store.RejectFactAsync(transfer.Id, Curator);

        Assert.Equal(FactStatus.Rejected, result.Status);
        Assert.True(result.GraphVersion > version);
        Assert.Empty(await DelegationsAsync(new DelegationFilter { Region = StringMatch.Equal("平鲁区") }));
        Assert.Empty(await Store.GetNodesAsync([transfer.Id]));
        Assert.Equal(before.NodeCount(NodeLabels.Delegation) - 1, (await Store.GetCountsAsync()).NodeCount(NodeLabels.Delegation));
        var log = Assert.Single(await Store.GetCurationLogAsync(transfer.Id));
        Assert.Equal(("reject", "curator@example", "checked against the report"), (log.Action, log.Actor, log.Note));
    }

    [Fact]
    public async Task A_confirmed_fact_says_so()
    {
        var transfer = Assert.Single(await DelegationsAsync(new DelegationFilter { Region = StringMatch.Equal("平鲁区") }));

        await Store.ConfirmFactAsync(transfer.Id, Curator);

        Assert.Equal(FactStatus.Confirmed, ((DelegationNode)(await Store.GetNodesAsync([transfer.Id]))[transfer.Id]).Curation);
    }

    [Fact]
    public async Task A_correction_changes_the_fact_and_survives_a_revision_of_its_report()
    {
        var penalties = await PenaltiesAsync();

        await Store.CorrectFactAsync(penalties.Id, new Dictionary<string, string?> { ["matters"] = "行政处罚事项(含第一批下放事项)", ["date"] = "2020-12-01" }, Curator);

        var corrected = (DelegationNode)(await Store.GetNodesAsync([penalties.Id]))[penalties.Id];
        Assert.Equal((FactStatus.Corrected, "行政处罚事项(含第一批下放事项)", new DateOnly(2020, 12, 1)), (corrected.Curation, corrected.Matters, corrected.Date));

        var gaoyi = HandBuiltReports.Gaoyi();
        await Store.IngestAsync(gaoyi with { OriginalText = gaoyi.OriginalText + "\n" });

        var after = (DelegationNode)(await Store.GetNodesAsync([penalties.Id]))[penalties.Id];
        Assert.Equal(corrected with { }, after);
    }

    [Fact]
    public async Task Corrections_are_checked_before_anything_changes()
    {
        var penalties = await PenaltiesAsync();
        var version = await Store.GetGraphVersionAsync();

        await Assert.ThrowsAsync<CurationException>(() => Store.CorrectFactAsync(penalties.Id, new Dictionary<string, string?> { ["reportId"] = "x" }, Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.CorrectFactAsync(penalties.Id, new Dictionary<string, string?> { ["itemCount"] = "many" }, Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.ConfirmFactAsync("Delegation:doesnotexist", Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.RejectFactAsync("Sentence:abc", Curator));

        Assert.Equal(version, await Store.GetGraphVersionAsync());
        Assert.Equal(penalties, (await Store.GetNodesAsync([penalties.Id]))[penalties.Id]);
    }

    [Fact]
    public async Task Two_spellings_of_one_agency_become_one_and_stay_one_after_reloading()
    {
        var gaoyi = HandBuiltReports.Gaoyi();
        var text = gaoyi.OriginalText;
        var second = gaoyi with
        {
            OriginalText = text + "\n",
            Agencies = [.. gaoyi.Agencies, new AgencyFact { Name = "高邑县民族宗教事务局", Normalized = "高邑县民族宗教事务局", Evidence = [ReportTexts.Quote(text, "组织县民宗局与各乡镇")] }],
            Delegations = [.. gaoyi.Delegations, gaoyi.Delegations[0] with { From = "高邑县民族宗教事务局", Matters = "宗教事务管理事项" }],
        };
        await Store.IngestAsync(second);
        var kept = AgencyId("高邑县", "高邑县民宗局");
        var merged = AgencyId("高邑县", "高邑县民族宗教事务局");

        var result = await Store.MergeEntitiesAsync(kept, merged, Curator);

        Assert.Equal(kept, result.FactId);
        var fromKept = await Store.GetNeighborsAsync([kept], Relation.DelegatedFrom, Direction.Incoming);
        Assert.Equal(2, fromKept[kept].Count);
        var node = Assert.IsType<AgencyNode>((await Store.GetNodesAsync([merged]))[merged]);
        Assert.Equal(kept, node.Id);
        Assert.Contains("高邑县民族宗教事务局", node.Aliases);
        var agencies = await Store.GetCountsAsync();

        await Store.IngestAsync(second with { OriginalText = text + "\n\n" });

        Assert.Equal(agencies.NodeCount(NodeLabels.Agency), (await Store.GetCountsAsync()).NodeCount(NodeLabels.Agency));
        Assert.Equal(2, (await Store.GetNeighborsAsync([kept], Relation.DelegatedFrom, Direction.Incoming))[kept].Count);
        Assert.Contains(await Store.GetCurationLogAsync(merged), e => e.Action == "merged-into" && e.Detail == kept);
    }

    [Fact]
    public async Task Only_entities_of_one_label_merge()
    {
        await Assert.ThrowsAsync<CurationException>(() => Store.MergeEntitiesAsync(AgencyId("高邑县", "高邑县民宗局"), RegionId("岳阳县"), Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.MergeEntitiesAsync(AgencyId("高邑县", "高邑县民宗局"), AgencyId("高邑县", "高邑县民宗局"), Curator));
        var delegations = await DelegationsAsync(new DelegationFilter { RegionId = RegionId("高邑县") });
        await Assert.ThrowsAsync<CurationException>(() => Store.MergeEntitiesAsync(delegations[0].Id, delegations[1].Id, Curator));
    }

    [Fact]
    public async Task A_recipient_a_curator_rejected_is_no_longer_listed_but_its_delegation_is()
    {
        var transfer = Assert.Single(await DelegationsAsync(new DelegationFilter { Region = StringMatch.Equal("平鲁区") }));
        var bureau = AgencyId("平鲁区", "平鲁区行政审批服务管理局");
        Assert.Equal([bureau], (await Store.GetRecipientsAsync([transfer.Id]))[transfer.Id].Select(r => r.TargetId));

        await Store.RejectFactAsync(bureau, Curator);

        Assert.Empty((await Store.GetRecipientsAsync([transfer.Id]))[transfer.Id]);
        Assert.Empty((await Store.GetNeighborsAsync([transfer.Id], Relation.DelegatedTo, Direction.Outgoing))[transfer.Id]);
        Assert.Empty(await DelegationsAsync(new DelegationFilter { ToId = bureau }));
        Assert.Empty(await DelegationsAsync(new DelegationFilter { To = StringMatch.Equal("区行政审批服务管理局") }));
        Assert.Empty((await Store.GetDelegationNetworkAsync(RegionId("平鲁区"))).Recipients);
        // the delegation itself is still the report's: 首批行政许可及关联事项 were transferred
        Assert.Equal(transfer.Id, Assert.Single(await DelegationsAsync(new DelegationFilter { Region = StringMatch.Equal("平鲁区") })).Id);
    }

    [Fact]
    public async Task A_township_is_not_reached_through_a_county_a_curator_rejected()
    {
        var gongtian = TownshipId("岳阳县", "公田镇");
        var county = RegionId("岳阳县");
        Assert.Equal(county, Assert.Single(await Store.GetDelegationsReachingAsync(gongtian)).ViaRegionId);

        await Store.RejectFactAsync(county, Curator);

        Assert.Empty(await Store.GetDelegationsReachingAsync(gongtian));
        Assert.Empty((await Store.GetDelegationsReachingAsync([gongtian, county]))[gongtian]);
    }
}
