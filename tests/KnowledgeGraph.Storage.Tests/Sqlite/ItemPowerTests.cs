using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>A delegation covering catalogued matters: one Power per (category, field, item), stored and read back with its item.</summary>
public sealed class ItemPowerTests : IDisposable
{
    private const string Gas = "对未取得燃气经营许可证从事燃气经营活动的处罚";
    private readonly TempDatabase _db = new();

    private static ReportFacts Report(int year) => new()
    {
        Report = new ReportMeta { Jurisdiction = "高邑县", Level = RegionLevel.County, ParentCity = "石家庄市", Province = "河北省", Year = year },
        OriginalText = "县住建局将住房城乡建设领域行政处罚事项2项委托各乡镇实施。" + year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Delegations =
        [
            new DelegationFact
            {
                Mode = DelegationMode.Entrust, From = "县住建局", To = ["各乡镇"], ItemCount = 2,
                Powers =
                [
                    new PowerRef("行政处罚", "住房城乡建设"),
                    new PowerRef("行政处罚", "住房城乡建设", Gas),
                    new PowerRef("行政处罚", "住房城乡建设", "对擅自拆除、改动燃气设施的处罚"),
                ],
            },
        ],
    };

    [Fact]
    public async Task Each_matter_is_one_power_with_its_item_shared_by_every_delegation_that_covers_it()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_db.NewPath());
        await store.IngestAsync(Report(2021));
        await store.IngestAsync(Report(2022));

        var counts = await store.GetCountsAsync();
        Assert.Equal(3, counts.NodeCount(NodeLabels.Power));
        Assert.Equal(6, counts.EdgeCount(Relation.Covers));
        var gasId = ReportGraphBuilder.PowerIdFor("行政处罚", "住房城乡建设", Gas);
        var gas = Assert.IsType<PowerNode>((await store.GetNodesAsync([gasId]))[gasId]);
        Assert.Equal(Gas, gas.Item);
        Assert.Equal("住房城乡建设", gas.Field);
        Assert.Equal(2, (await store.GetNeighborsAsync([gasId], Relation.Covers, Direction.Incoming))[gasId].Count);
        var fieldId = ReportGraphBuilder.PowerIdFor("行政处罚", "住房城乡建设");
        Assert.Null(Assert.IsType<PowerNode>((await store.GetNodesAsync([fieldId]))[fieldId]).Item);
    }

    public void Dispose() => _db.Dispose();
}
