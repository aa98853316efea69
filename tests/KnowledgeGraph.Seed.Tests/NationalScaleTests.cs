using KnowledgeGraph.Domain;
using KnowledgeGraph.Seed.Generation;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>The national preset's shape, checked on the atlas and a sample of reports (composing all 14,250 is the benchmark's job).</summary>
public sealed class NationalScaleTests
{
    private static readonly SyntheticCorpus National = new(SyntheticCorpusOptions.National(1));

    [Fact]
    public void The_national_atlas_has_chinas_counties_and_townships_with_unique_document_number_codes()
    {
        Assert.Equal(2850, National.Atlas.Counties.Count);
        Assert.InRange(National.Atlas.TownshipCount, 36_000, 40_000);
        Assert.Equal(2850, National.Atlas.Counties.Select(c => c.Abbreviation).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_report_names_every_township_of_its_county_and_dozens_of_its_own_numbered_documents()
    {
        foreach (var index in new[] { 0, 1234, 14_249 })
        {
            var report = National.ComposeWithMatterLists(index);
            var county = National.Atlas.Counties[index / National.Options.Years];
            Assert.Equal(county.Townships.Order(StringComparer.Ordinal),
                report.Townships.Where(t => t.Level == RegionLevel.Township).Select(t => t.Name).Order(StringComparer.Ordinal));
            var own = report.Documents.Where(d => d.Number is { } n && n.IssuerCode.StartsWith(county.Abbreviation, StringComparison.Ordinal)).ToList();
            Assert.InRange(own.Count, 55, 90);
            Assert.Equal(own.Count, own.Select(d => d.Number).Distinct().Count());
            Assert.InRange(report.Delegations.Sum(d => d.Powers.Count), 100, 1200);
        }
    }
}
