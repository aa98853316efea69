using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>Batch reads, edges of many parents, filtered and sorted Relay pages.</summary>
public abstract class ReadConformance : StoreConformance
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LoadAsync(Store, [.. HandBuiltReports.All()]);
    }

    [Fact]
    public async Task Nodes_of_any_label_come_back_in_one_batch_and_unknown_ids_are_absent()
    {
        var ids = new[] { RegionId("高邑县"), AgencyId("高邑县", "高邑县民宗局"), NumberedDocumentId("高政办发〔2020〕65号"), ReportId("岳阳县", 2021), "Document:nosuchdocument" };

        var nodes = await Store.GetNodesAsync(ids);

        Assert.Equal(4, nodes.Count);
        Assert.Equal("高邑县", Assert.IsType<RegionNode>(nodes[ids[0]]).Name);
        Assert.Equal("高邑县民宗局", Assert.IsType<AgencyNode>(nodes[ids[1]]).Name);
        var document = Assert.IsType<DocumentNode>(nodes[ids[2]]);
        Assert.Equal("高邑县重大行政决策程序实施细则", document.Title);
        Assert.Equal(new DocNumber("高政办发", 2020, "65"), document.Number);
        Assert.Equal(2021, Assert.IsType<ReportNode>(nodes[ids[3]]).Year);
    }

    [Fact]
    public async Task Edges_of_many_parents_come_back_keyed_by_parent()
    {
        var counties = new[] { RegionId("高邑县"), RegionId("岳阳县"), RegionId("平鲁区") };

        var parents = await Store.GetNeighborsAsync(counties, Relation.PartOf, Direction.Outgoing);
        var agencies = await Store.GetNeighborsAsync(counties, Relation.OfRegion, Direction.Incoming);
        var townships = await Store.GetNeighborsAsync(counties, Relation.PartOf, Direction.Incoming);

        Assert.Equal([RegionId("石家庄市")], parents[counties[0]]);
        Assert.Equal([RegionId("岳阳市")], parents[counties[1]]);
        Assert.Equal([RegionId("朔州市")], parents[counties[2]]);
        Assert.Contains(AgencyId("高邑县", "高邑县司法局"), agencies[counties[0]]);
        Assert.Contains(AgencyId("平鲁区", "平鲁区行政审批服务管理局"), agencies[counties[2]]);
        Assert.Equal([TownshipId("岳阳县", "公田镇")], townships[counties[1]]);
        Assert.Empty(townships[counties[2]]);
    }

    [Fact]
    public async Task A_document_number_in_any_bracket_style_finds_its_document()
    {
        foreach (var number in new[] { "高政办发〔2020〕65号", "高政办发[2020]65号", "高政办发(2020)65号" })
        {
            var found = await DocumentsAsync(new DocumentFilter { Number = StringMatch.Equal(number) });
            Assert.Equal("高邑县重大行政决策程序实施细则", Assert.Single(found).Title);
        }
    }

    [Fact]
    public async Task Documents_filter_by_issuer_and_year()
    {
        var found = await DocumentsAsync(new DocumentFilter { Issuer = StringMatch.Equal("高邑县人民政府办公室"), Year = new IntMatch { Eq = 2020 } });

        Assert.Equal(["高邑县行政规范性文件管理实施细则", "高邑县重大行政决策程序实施细则"], found.Select(d => d.Title).Order(StringComparer.Ordinal));
        Assert.All(found, d => Assert.Equal(AgencyId("高邑县", "高邑县人民政府办公室"), d.IssuerId));
    }

    [Fact]
    public async Task Delegations_filter_by_power_field_mode_recipient_and_date()
    {
        var religion = Assert.Single(await DelegationsAsync(new DelegationFilter { PowerField = StringMatch.Equal("宗教管理") }));
        Assert.Equal(new DateOnly(2020, 5, 18), religion.Date);
        Assert.Equal(AgencyId("高邑县", "高邑县民宗局"), religion.FromId);
        Assert.Equal(DelegationMode.Entrust, religion.Mode);

        var transfer = Assert.Single(await DelegationsAsync(new DelegationFilter { Mode = EnumMatch<DelegationMode>.Equal(DelegationMode.Transfer) }));
        Assert.Equal(238, transfer.ItemCount);
        var to = await Store.GetRecipientsAsync([transfer.Id]);
        Assert.Equal(AgencyId("平鲁区", "平鲁区行政审批服务管理局"), Assert.Single(to[transfer.Id]).TargetId);

        var toAgency = await DelegationsAsync(new DelegationFilter { To = StringMatch.Containing("行政审批服务管理局") });
        Assert.Equal(transfer.Id, Assert.Single(toAgency).Id);

        var autumn = await DelegationsAsync(new DelegationFilter { Date = new DateMatch { Gte = new DateOnly(2020, 8, 1) } });
        Assert.Equal("交通运输管理部分事项", Assert.Single(autumn).Matters);

        var byFrom = await DelegationsAsync(new DelegationFilter { From = StringMatch.Equal("县民宗局") });
        Assert.Equal(religion.Id, Assert.Single(byFrom).Id);
    }

    [Fact]
    public async Task Pages_walk_forward_and_backward_through_the_same_order()
    {
        var order = new[] { new SortOrder<DocumentSortField>(DocumentSortField.Title) };
        var all = await AllAsync(p => Store.ListDocumentsAsync(new DocumentFilter(), order, p));
        var first = await Store.ListDocumentsAsync(new DocumentFilter(), order, new PageRequest { First = 2 });

        Assert.Equal(all.Count, first.TotalCount);
        Assert.True(first.PageInfo.HasNextPage);
        Assert.False(first.PageInfo.HasPreviousPage);
        Assert.Equal(all.Select(d => d.Title).Order(StringComparer.Ordinal), all.Select(d => d.Title));

        var walked = new List<DocumentNode>();
        string? after = null;
        do
        {
            var page = await Store.ListDocumentsAsync(new DocumentFilter(), order, new PageRequest { First = 2, After = after });
            walked.AddRange(page.Nodes);
            after = page.PageInfo.HasNextPage ? page.PageInfo.EndCursor : null;
        }
        while (after is not null);
        Assert.Equal(all.Select(d => d.Id), walked.Select(d => d.Id));

        var last = await Store.ListDocumentsAsync(new DocumentFilter(), order, new PageRequest { Last = 3 });
        Assert.Equal(all.TakeLast(3).Select(d => d.Id), last.Nodes.Select(d => d.Id));
        Assert.True(last.PageInfo.HasPreviousPage);
        var before = await Store.ListDocumentsAsync(new DocumentFilter(), order, new PageRequest { Last = 2, Before = last.PageInfo.StartCursor });
        Assert.Equal(all.SkipLast(3).TakeLast(2).Select(d => d.Id), before.Nodes.Select(d => d.Id));
    }

    [Fact]
    public async Task Sorts_apply_in_either_direction_with_ties_broken_by_id()
    {
        var byCount = await AllAsync(p => Store.ListDelegationsAsync(new DelegationFilter(),
            [new SortOrder<DelegationSortField>(DelegationSortField.ItemCount, SortDirection.Descending)], p));

        Assert.Equal([238, 87, 39], byCount.Take(3).Select(d => d.ItemCount ?? 0));
        var reports = await Store.ListReportsAsync(new ReportFilter(), [new SortOrder<ReportSortField>(ReportSortField.Year, SortDirection.Descending)], PageRequest.FirstPage(10));
        Assert.Equal(2021, reports.Nodes.First().Year);
        Assert.Equal(3, reports.TotalCount);
    }

    [Fact]
    public async Task A_cursor_from_another_sort_is_refused()
    {
        var page = await Store.ListDocumentsAsync(new DocumentFilter(), [new SortOrder<DocumentSortField>(DocumentSortField.Title)], PageRequest.FirstPage(1));

        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListDocumentsAsync(new DocumentFilter(),
            [new SortOrder<DocumentSortField>(DocumentSortField.Year)], new PageRequest { First = 1, After = page.PageInfo.EndCursor }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListDocumentsAsync(new DocumentFilter(), [], new PageRequest { First = 1, After = "not-a-cursor" }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ListDocumentsAsync(new DocumentFilter(), [], new PageRequest { First = 501 }));
    }

    [Fact]
    public async Task Problems_metrics_responsibilities_and_reports_filter_by_region_and_year()
    {
        var problems = await AllAsync(p => Store.ListProblemsAsync(new ProblemFilter { Region = StringMatch.Equal("岳阳县"), Year = new IntMatch { Eq = 2021 } }, [], p));
        Assert.Equal(["依法决策", "普法宣传"], problems.Select(x => x.Category!).Order(StringComparer.Ordinal));

        var metrics = await AllAsync(p => Store.ListMetricsAsync(new MetricFilter { RegionId = RegionId("高邑县"), Unit = StringMatch.Equal("条") },
            [new SortOrder<MetricSortField>(MetricSortField.Value)], p));
        Assert.Equal([4186m, 4537m], metrics.Select(m => m.Value));

        var leads = await AllAsync(p => Store.ListResponsibilitiesAsync(new ResponsibilityFilter { Role = EnumMatch<ResponsibilityRole>.Equal(ResponsibilityRole.FirstResponsible) }, [], p));
        Assert.Equal(["区委书记", "区长"], leads.Select(r => r.Holder).Order(StringComparer.Ordinal));

        var reports = await Store.ListReportsAsync(new ReportFilter { Year = new IntMatch { Eq = 2020 } }, [new SortOrder<ReportSortField>(ReportSortField.Region)], PageRequest.FirstPage(10));
        Assert.Equal(["平鲁区", "高邑县"], reports.Nodes.Select(r => r.Jurisdiction));
    }

    [Fact]
    public async Task Dashboards_group_problems_and_metrics()
    {
        var byRegion = await Store.AggregateProblemsAsync(new ProblemFilter(), AggregateDimensions.Region | AggregateDimensions.Year);
        Assert.Equal(2, byRegion.Single(g => g.RegionId == RegionId("岳阳县")).Count);
        Assert.Equal(1, byRegion.Single(g => g.RegionId == RegionId("平鲁区")).Count);

        var byCategory = await Store.AggregateProblemsAsync(new ProblemFilter(), AggregateDimensions.Category);
        Assert.Equal(3, byCategory.Count);
        Assert.All(byCategory, g => Assert.Null(g.RegionId));

        var hotline = await Store.AggregateMetricsAsync(new MetricFilter { Unit = StringMatch.Equal("条") }, AggregateDimensions.Region | AggregateDimensions.Unit);
        var group = Assert.Single(hotline);
        Assert.Equal(2, group.Count);
        Assert.Equal(8723m, group.Sum);
        Assert.Equal(4186m, group.Min);
        Assert.Equal(4537m, group.Max);
    }
}
