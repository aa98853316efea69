using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Seed.Generation;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>
/// Facts mode adds each delegation's catalogued matters (the 事项清单 of its authorizing document's appendix); the
/// text and everything the text states stay as text mode composes them.
/// </summary>
public sealed class MatterListTests
{
    private static readonly SyntheticCorpusOptions Small = new() { Counties = 12, Years = 2, FirstYear = 2021, Seed = 7 };

    [Fact]
    public void A_delegation_of_n_items_covers_n_distinct_catalogued_matters_beside_what_its_text_names()
    {
        var corpus = new SyntheticCorpus(Small);
        for (var i = 0; i < corpus.ReportCount; i++)
        {
            var stated = corpus.Compose(i);
            var loaded = corpus.ComposeWithMatterLists(i);
            Assert.Equal(stated.OriginalText, loaded.OriginalText);
            Assert.Equal(stated.Documents.Select(d => (d.Title, d.Number)), loaded.Documents.Select(d => (d.Title, d.Number)));
            Assert.Equal(stated.Delegations.Count, loaded.Delegations.Count);
            for (var k = 0; k < stated.Delegations.Count; k++)
            {
                var text = stated.Delegations[k];
                var facts = loaded.Delegations[k];
                Assert.Equal(text.Powers, facts.Powers.Take(text.Powers.Count));
                var items = facts.Powers.Skip(text.Powers.Count).ToList();
                Assert.Equal(text.ItemCount, items.Count);
                Assert.All(items, p => Assert.False(string.IsNullOrEmpty(p.Item)));
                Assert.Equal(items.Count, items.Distinct().Count());
                // a matter belongs to a category the delegation names (or, when it names none, to licences and confirmations)
                var categories = text.Powers.Select(p => p.Category).Where(c => c is not null).ToHashSet();
                if (categories.Count == 0) categories = ["行政许可", "行政确认"];
                Assert.All(items, p => Assert.Contains(p.Category, categories));
                foreach (var named in text.Powers.Where(p => p.Field is not null))
                {
                    Assert.Contains(items, p => p.Category == named.Category && p.Field == named.Field);
                }
            }
        }
    }

    [Fact]
    public void Matter_lists_are_the_same_for_the_same_seed()
    {
        var first = new SyntheticCorpus(Small).ComposeWithMatterLists(5);
        var second = new SyntheticCorpus(Small).ComposeWithMatterLists(5);
        Assert.Equal(first.Delegations.SelectMany(d => d.Powers), second.Delegations.SelectMany(d => d.Powers));
    }

    [Fact]
    public void The_catalogue_names_matters_as_power_catalogues_do()
    {
        var gas = MatterCatalogue.Matters("行政处罚", "住房城乡建设").Select(m => m.Item).ToList();
        Assert.Contains("对未经许可擅自从事燃气经营活动的处罚", gas);
        Assert.Equal(gas.Count, gas.Distinct().Count());
        Assert.True(MatterCatalogue.Matters("行政许可", null).Count >= 320, "a transfer of up to 320 licensing matters must find them all");
        // an entrustment hands one field's penalties or inspections to townships, up to 60 items
        Assert.All(MatterCatalogue.Categories.Where(c => c is "行政处罚" or "行政检查"),
            c => Assert.True(MatterCatalogue.Matters(c, "交通运输管理").Count >= 60, c));
    }
}
