using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class TownshipRecognizerTests
{
    [Theory]
    [InlineData("城关镇")]
    [InlineData("三河镇")]
    [InlineData("上村街道")]
    [InlineData("三头乡")]
    [InlineData("中堡镇")]
    [InlineData("下营镇")]
    [InlineData("黄集镇")]
    [InlineData("寿园乡")]
    public void Names_with_city_village_position_or_numeral_characters_are_townships(string name)
    {
        var facts = Extract.Achievement($"选定{name}作为综合行政执法改革试点,{name}共办理执法案件26件。");
        var t = Assert.Single(facts.Townships, t => t.Name == name);
        Assert.Equal(RegionLevel.Township, t.Level);
    }

    [Fact]
    public void A_park_empowered_with_xiang_is_a_zone()
    {
        var facts = Extract.Achievement("根据《江西省园区赋权指导目录》,向丰城工业园区赋予审批服务事项56项,实现“园区事园区办”。");
        var park = Assert.Single(facts.Townships, t => t.Name == "丰城工业园区");
        Assert.Equal(RegionLevel.Zone, park.Level);
    }

    [Fact]
    public void A_township_listed_after_qizhong_is_named_without_it()
    {
        var facts = Extract.Achievement("全县8个乡镇全部完成赋权,其中三河镇承接事项最多。");
        Assert.Contains(facts.Townships, t => t.Name == "三河镇");
        Assert.DoesNotContain(facts.Townships, t => t.Name.StartsWith("其中", StringComparison.Ordinal));
    }

    [Fact]
    public void Collective_phrases_with_those_characters_are_not_townships()
    {
        var facts = Extract.Achievement("深入开展送法下乡活动,推进城乡一体化和新型城镇化,组织普法下乡、科技下乡120场次。加强集镇管理,集中整治镇容。");
        Assert.Empty(facts.Townships);
    }
}
