using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Domain.Tests;

public class DocNumberTests
{
    [Theory]
    [InlineData("高政办发〔2020〕65号", "高政办发", 2020, "65")]
    [InlineData("阿行办发[2024]4号", "阿行办发", 2024, "4")]
    [InlineData("厅字【2019】28号", "厅字", 2019, "28")]
    [InlineData("冀政办字(2020)72号", "冀政办字", 2020, "72")]
    [InlineData("高政呈〔2020〕7号", "高政呈", 2020, "7")]
    public void Any_bracket_style_parses_to_the_canonical_form(string text, string code, int year, string serial)
    {
        var n = DocNumber.Parse(text);
        Assert.Equal(new DocNumber(code, year, serial), n);
        Assert.Equal($"{code}〔{year}〕{serial}号", n.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("高邑县司法局")]
    [InlineData("〔2020〕65号")]
    public void Text_that_is_not_a_number_does_not_parse(string text) => Assert.False(DocNumber.TryParse(text, out _));
}

public class StableIdTests
{
    [Fact]
    public void Same_content_same_id_and_full_width_folds() =>
        Assert.Equal(StableId.For("Document", "高政办发〔2020〕65号"), StableId.For("Document", " 高政办发〔2020〕65号 "));

    [Fact]
    public void Different_types_never_collide() =>
        Assert.NotEqual(StableId.For("Agency", "x"), StableId.For("Region", "x"));

    [Fact]
    public void Type_is_readable_from_the_id() => Assert.Equal("Region", StableId.TypeOf(StableId.For("Region", "高邑县")));
}
