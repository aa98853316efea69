using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class DelegationRecognizerTests
{
    [Fact]
    public void Gaoyi_religion_and_transport_bureaus_entrust_matters_to_the_townships_on_their_dates()
    {
        var delegations = Reports.Facts("gaoyi-county-2020").Delegations;
        var religion = Assert.Single(delegations, d => d.Date == new DateOnly(2020, 5, 18));
        Assert.Equal(DelegationMode.Entrust, religion.Mode);
        Assert.Equal("县民宗局", religion.From);
        Assert.Contains("宗教管理", religion.Matters, StringComparison.Ordinal);
        Assert.Contains(religion.Powers, p => p.Field == "宗教管理");
        Assert.Equal(["乡镇人民政府"], religion.To);

        var transport = Assert.Single(delegations, d => d.Date == new DateOnly(2020, 8, 18));
        Assert.Equal(DelegationMode.Entrust, transport.Mode);
        Assert.Contains("交通运输局", transport.From, StringComparison.Ordinal);
        Assert.Contains("交通运输管理", transport.Matters, StringComparison.Ordinal);
    }

    [Fact]
    public void Gaoyi_87_penalty_matters_go_to_townships_under_the_reform_plan()
    {
        var d = Assert.Single(Reports.Facts("gaoyi-county-2020").Delegations, x => x.ItemCount == 87);
        Assert.Equal("高邑县推进乡镇综合行政执法改革工作实施方案", d.AuthorizedBy);
        Assert.Equal("行政处罚事项", d.Matters);
        Assert.Contains(d.Powers, p => p.Category == "行政处罚");
    }

    [Fact]
    public void Yueyang_39_first_batch_matters_and_137_park_empowerments()
    {
        var facts = Reports.Facts("yueyang-county-2021");
        var devolved = Assert.Single(facts.Delegations, d => d.ItemCount == 39);
        Assert.Equal(DelegationMode.Devolve, devolved.Mode);
        Assert.Equal("岳阳县乡镇综合执法工作暂行规定", devolved.AuthorizedBy);
        var parks = Assert.Single(facts.Delegations, d => d.ItemCount == 137);
        Assert.Equal(DelegationMode.Empower, parks.Mode);
        Assert.Equal("湖南省园区赋权指导目录", parks.AuthorizedBy);
        Assert.Equal(["园区"], parks.To);
        Assert.Contains(facts.Townships, t => t.Name == "公田镇");
    }

    [Fact]
    public void Pinglu_238_licensing_matters_are_transferred_to_the_approval_bureau()
    {
        var d = Assert.Single(Reports.Facts("pinglu-district-2020").Delegations);
        Assert.Equal(DelegationMode.Transfer, d.Mode);
        Assert.Equal(238, d.ItemCount);
        Assert.Equal(["区行政审批服务管理局"], d.To);
    }

    [Fact]
    public void Jiangsu_style_devolution_with_the_count_inside_the_matters()
    {
        var d = Assert.Single(Extract.Achievement("2022年6月30日,县政府将38项行政处罚事项下放至各乡镇(街道)。").Delegations);
        Assert.Equal(DelegationMode.Devolve, d.Mode);
        Assert.Equal(38, d.ItemCount);
        Assert.Equal(new DateOnly(2022, 6, 30), d.Date);
        Assert.Equal(["各乡镇(街道)"], d.To);
    }

    [Fact]
    public void Sichuan_style_empowerment_of_a_number_of_townships()
    {
        var d = Assert.Single(Extract.Achievement("按照《四川省赋予乡镇(街道)县级行政权力事项指导目录》,向全县12个乡镇赋予县级行政权力事项56项。").Delegations);
        Assert.Equal(DelegationMode.Empower, d.Mode);
        Assert.Equal(56, d.ItemCount);
        Assert.Equal(12, d.RecipientCount);
        Assert.Equal("四川省赋予乡镇(街道)县级行政权力事项指导目录", d.AuthorizedBy);
    }

    [Fact]
    public void Entrusting_by_agreement_names_the_receiving_body()
    {
        var d = Assert.Single(Extract.Achievement("县市场监管局与县综合行政执法局签订委托书,将食品摊贩监管等15项行政处罚权委托县综合行政执法局行使。").Delegations);
        Assert.Equal(DelegationMode.Entrust, d.Mode);
        Assert.Equal(15, d.ItemCount);
        Assert.Equal("县市场监管局", d.From);
        Assert.Equal(["县综合行政执法局"], d.To);
    }

    [Fact]
    public void Concentration_reform_that_transfers_matters_to_the_approval_bureau()
    {
        var d = Assert.Single(Extract.Achievement("深化相对集中行政许可权改革,将56项许可事项划转至县行政审批局。").Delegations);
        Assert.Equal(DelegationMode.Transfer, d.Mode);
        Assert.Equal(56, d.ItemCount);
        Assert.Equal(["县行政审批局"], d.To);
    }

    [Theory]
    [InlineData("一、主要工作\n积极稳妥下放行政执法权限,推进乡镇综合执法。")]
    [InlineData("一、主要工作\n成立专班,具体负责指导下放乡镇行政执法权限。")]
    [InlineData("一、主要工作\n划转至县行政审批局的审批事项,加盖审批专用章后生效,截至目前共办理行政许可事项2870项。")]
    [InlineData("二、下一步工作计划\n将再下放行政执法事项30项至各乡镇。")]
    public void Aims_attributes_and_plans_are_not_acts_of_delegation(string body)
    {
        Assert.Empty(Extract.Report(body).Delegations);
    }
}
