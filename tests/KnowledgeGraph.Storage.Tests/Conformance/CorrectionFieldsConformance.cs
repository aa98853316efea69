using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Tests.Fixtures;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>
/// Corrections name fields by their GraphQL names (schema/knowledge-graph.graphql), in every backend alike: one
/// test per fact type, and a clear refusal for any other name.
/// </summary>
public abstract class CorrectionFieldsConformance : StoreConformance
{
    private static readonly CurationActor Curator = new("curator@example", "checked against the report");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LoadAsync(Store, [.. HandBuiltReports.All()]);
    }

    private async Task<T> CorrectAsync<T>(string id, Dictionary<string, string?> changes) where T : GraphNode
    {
        var result = await Store.CorrectFactAsync(id, changes, Curator);
        Assert.Equal((id, FactStatus.Corrected), (result.FactId, result.Status));
        return Assert.IsType<T>((await Store.GetNodesAsync([id]))[id]);
    }

    /// <summary>A fact of one label stated by a fixture report.</summary>
    private async Task<string> StatedAsync(string jurisdiction, int year, string label)
    {
        var report = ReportId(jurisdiction, year);
        return (await Store.GetNeighborsAsync([report], Relation.StatedIn, Direction.Incoming))[report]
            .First(id => id.StartsWith(label + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_region_corrects_name_and_level()
    {
        var township = TownshipId("岳阳县", "公田镇");
        var region = await CorrectAsync<RegionNode>(township, new() { ["name"] = " 公田镇 ", ["level"] = "TOWNSHIP" });
        Assert.Equal(("公田镇", RegionLevel.Township, FactStatus.Corrected), (region.Name, region.Level, region.Curation));
    }

    [Fact]
    public async Task An_agency_corrects_name_and_kind()
    {
        var id = AgencyId("高邑县", "高邑县民宗局");
        var agency = await CorrectAsync<AgencyNode>(id, new() { ["name"] = "高邑县民族宗教事务局", ["kind"] = "PEOPLES_CONGRESS" });
        Assert.Equal(("高邑县民族宗教事务局", AgencyKind.PeoplesCongress), (agency.Name, agency.Kind));
    }

    [Fact]
    public async Task A_document_corrects_title_number_issuer_name_kind_year_and_date()
    {
        var id = NumberedDocumentId("高政办发〔2020〕65号");
        var document = await CorrectAsync<DocumentNode>(id, new()
        {
            ["title"] = "《高邑县推进乡镇综合行政执法改革实施方案》", ["number"] = "高政办发〔2020〕66号", ["issuerName"] = "高邑县人民政府办公室",
            ["kind"] = "LOCAL", ["year"] = "2020", ["date"] = "2020-04-30",
        });
        Assert.Equal(("《高邑县推进乡镇综合行政执法改革实施方案》", "高政办发〔2020〕66号", "高邑县人民政府办公室", DocumentKind.Local, (int?)2020, (DateOnly?)new DateOnly(2020, 4, 30)),
            (document.Title, document.Number?.ToString(), document.IssuerName, document.Kind, document.Year, document.Date));

        var cleared = await CorrectAsync<DocumentNode>(id, new() { ["number"] = null, ["date"] = null });
        Assert.Equal((null, null), (cleared.Number, cleared.Date));
    }

    [Fact]
    public async Task A_delegation_corrects_mode_from_name_matters_counts_and_date()
    {
        var id = await StatedAsync("岳阳县", 2021, NodeLabels.Delegation);
        var delegation = await CorrectAsync<DelegationNode>(id, new()
        {
            ["mode"] = "委托", ["fromName"] = "县直有关部门", ["matters"] = "第一批乡镇行政执法事项", ["itemCount"] = "40", ["recipientCount"] = "14", ["date"] = "2021-06-01",
        });
        Assert.Equal((DelegationMode.Entrust, "县直有关部门", "第一批乡镇行政执法事项", (int?)40, (int?)14, (DateOnly?)new DateOnly(2021, 6, 1)),
            (delegation.Mode, delegation.FromName, delegation.Matters, delegation.ItemCount, delegation.RecipientCount, delegation.Date));
        Assert.Equal(DelegationMode.Empower, (await CorrectAsync<DelegationNode>(id, new() { ["mode"] = "EMPOWER" })).Mode);
    }

    [Fact]
    public async Task A_responsibility_corrects_role_holder_name_and_task()
    {
        var id = await StatedAsync("平鲁区", 2020, NodeLabels.Responsibility);
        var responsibility = await CorrectAsync<ResponsibilityNode>(id, new() { ["role"] = "LEAD", ["holderName"] = "区委副书记", ["task"] = "法治政府建设" });
        Assert.Equal((ResponsibilityRole.Lead, "区委副书记", "法治政府建设"), (responsibility.Role, responsibility.Holder, responsibility.Task));
    }

    [Fact]
    public async Task A_problem_corrects_text_category_counts_and_status()
    {
        var id = await StatedAsync("岳阳县", 2021, NodeLabels.Problem);
        var problem = await CorrectAsync<ProblemNode>(id, new()
        {
            ["text"] = "重大行政决策程序刚性执行不足", ["category"] = "重大行政决策", ["found"] = "5", ["rectified"] = "3", ["status"] = "RECTIFYING",
        });
        Assert.Equal(("重大行政决策程序刚性执行不足", "重大行政决策", (int?)5, (int?)3, ProblemStatus.Rectifying),
            (problem.Text, problem.Category, problem.Found, problem.Rectified, problem.Status));
    }

    [Fact]
    public async Task A_metric_corrects_name_value_unit_and_year_keeping_the_exact_decimal()
    {
        var id = await StatedAsync("平鲁区", 2020, NodeLabels.Metric);
        var metric = await CorrectAsync<MetricNode>(id, new() { ["name"] = "首批划转行政许可事项", ["value"] = "238.50", ["unit"] = "件", ["year"] = "2021" });
        Assert.Equal(("首批划转行政许可事项", 238.50m, "238.50", "件", 2021),
            (metric.Name, metric.Value, metric.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), metric.Unit, metric.Year));
    }

    [Fact]
    public async Task A_field_not_named_as_in_GraphQL_is_refused_with_the_names_that_are()
    {
        var responsibility = await StatedAsync("平鲁区", 2020, NodeLabels.Responsibility);
        var delegation = await StatedAsync("岳阳县", 2021, NodeLabels.Delegation);
        var version = await Store.GetGraphVersionAsync();

        var holder = await Assert.ThrowsAsync<CurationException>(() => Store.CorrectFactAsync(responsibility, new Dictionary<string, string?> { ["holder"] = "区长" }, Curator));
        Assert.Contains("'holder'", holder.Message, StringComparison.Ordinal);
        Assert.Contains("holderName", holder.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CurationException>(() => Store.CorrectFactAsync(delegation, new Dictionary<string, string?> { ["item_count"] = "3" }, Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.CorrectFactAsync(delegation, new Dictionary<string, string?> { ["ItemCount"] = "3" }, Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.CorrectFactAsync(delegation, new Dictionary<string, string?> { ["regionId"] = RegionId("高邑县") }, Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.CorrectFactAsync(delegation, new Dictionary<string, string?> { ["mode"] = "sometimes" }, Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.CorrectFactAsync(delegation, new Dictionary<string, string?> { ["matters"] = "x", ["date"] = "June" }, Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.CorrectFactAsync(responsibility, new Dictionary<string, string?> { ["holderName"] = " " }, Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.CorrectFactAsync(responsibility, new Dictionary<string, string?>(), Curator));

        Assert.Equal(version, await Store.GetGraphVersionAsync());
        Assert.Empty(await Store.GetCurationLogAsync(delegation));
    }

    [Fact]
    public async Task Powers_sentences_and_reports_carry_no_curation()
    {
        var delegation = await StatedAsync("平鲁区", 2020, NodeLabels.Delegation);
        var power = Assert.Single((await Store.GetNeighborsAsync([delegation], Relation.Covers, Direction.Outgoing))[delegation]);
        var report = ReportId("平鲁区", 2020);

        await Assert.ThrowsAsync<CurationException>(() => Store.ConfirmFactAsync(power, Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.RejectFactAsync(power, Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.CorrectFactAsync(power, new Dictionary<string, string?> { ["field"] = "x" }, Curator));
        await Assert.ThrowsAsync<CurationException>(() => Store.ConfirmFactAsync(report, Curator));
        Assert.NotNull((await Store.GetNodesAsync([power]))[power]);
    }

    [Fact]
    public async Task A_rejected_fact_stays_hidden_when_corrected()
    {
        var problem = await StatedAsync("岳阳县", 2021, NodeLabels.Problem);
        await Store.RejectFactAsync(problem, Curator);

        await Store.CorrectFactAsync(problem, new Dictionary<string, string?> { ["category"] = "依法决策" }, Curator);

        Assert.Empty(await Store.GetNodesAsync([problem]));
        Assert.Equal(["reject", "correct"], (await Store.GetCurationLogAsync(problem)).Select(e => e.Action));
    }
}
