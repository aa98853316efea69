using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Facts;
using KnowledgeGraph.Storage.Ingestion;
using KnowledgeGraph.Storage.Model;
using KnowledgeGraph.Storage.Queries;

namespace KnowledgeGraph.Storage.Tests.Conformance;

/// <summary>
/// Base of the backend-neutral conformance suite. A backend subclasses each *Conformance class and says how to
/// open an empty store; every call of <see cref="OpenEmptyStoreAsync"/> must return an independent, empty store.
/// </summary>
public abstract class StoreConformance : IAsyncLifetime
{
    private readonly List<IGraphStore> _opened = [];

    /// <summary>The store under test, empty at the start of each test.</summary>
    protected IGraphStore Store { get; private set; } = null!;

    /// <summary>An independent, empty store of the backend under test.</summary>
    protected abstract Task<IGraphStore> OpenEmptyStoreAsync();

    protected async Task<IGraphStore> OpenAnotherAsync()
    {
        var store = await OpenEmptyStoreAsync();
        _opened.Add(store);
        return store;
    }

    public virtual async Task InitializeAsync() => Store = await OpenAnotherAsync();

    public async Task DisposeAsync()
    {
        foreach (var store in _opened) await store.DisposeAsync();
    }

    protected static async Task LoadAsync(IGraphStore store, params ReportFacts[] reports)
    {
        foreach (var report in reports) await store.IngestAsync(report);
    }

    /// <summary>
    /// A region by name: the jurisdiction of a fixture report resolves within its parents (as ingestion resolves it),
    /// any other name (a province, a prefecture) by name alone.
    /// </summary>
    protected static string RegionId(string name) =>
        FixtureJurisdictions.Value.TryGetValue(name, out var meta) ? ReportGraphBuilder.JurisdictionIdOf(meta) : ReportGraphBuilder.RegionIdFor(name);

    private static readonly Lazy<Dictionary<string, ReportMeta>> FixtureJurisdictions = new(() =>
        Fixtures.ExtractedReports.All().Select(r => r.Report)
            .Concat([new ReportMeta { Jurisdiction = "富蕴县", ParentCity = "阿勒泰地区", Province = "新疆维吾尔自治区", Year = 2024 }])
            .GroupBy(m => m.Jurisdiction, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    protected static string TownshipId(string county, string name) => ReportGraphBuilder.TownshipIdFor(RegionId(county), name);

    protected static string ReportId(string jurisdiction, int year) => ReportGraphBuilder.ReportIdFor(RegionId(jurisdiction), year);

    protected static string AgencyId(string region, string name) => StableId.For(NodeLabels.Agency, RegionId(region), name);

    protected static string NumberedDocumentId(string number) => StableId.For(NodeLabels.Document, DocNumber.Parse(number).ToString());

    protected static string NationalDocumentId(string title) => StableId.For(NodeLabels.Document, "", EntityNames.NationalKey(EntityNames.TitleKey(title)));

    /// <summary>A document without number whose title opens with the citing jurisdiction (岳阳县…): keyed by title within it.</summary>
    protected static string PlaceDocumentId(string title, string jurisdiction) =>
        StableId.For(NodeLabels.Document, EntityNames.TitleKey(title), RegionId(jurisdiction));

    protected async Task<List<T>> AllAsync<T>(Func<PageRequest, Task<Page<T>>> list)
    {
        var result = new List<T>();
        string? after = null;
        while (true)
        {
            var page = await list(new PageRequest { First = 100, After = after });
            result.AddRange(page.Nodes);
            if (!page.PageInfo.HasNextPage) return result;
            after = page.PageInfo.EndCursor;
        }
    }

    protected async Task<List<DelegationNode>> DelegationsAsync(DelegationFilter filter, IGraphStore? store = null) =>
        await AllAsync(p => (store ?? Store).ListDelegationsAsync(filter, [], p));

    protected async Task<List<DocumentNode>> DocumentsAsync(DocumentFilter filter, IGraphStore? store = null) =>
        await AllAsync(p => (store ?? Store).ListDocumentsAsync(filter, [], p));

    protected static void EqualCounts(GraphCounts expected, GraphCounts actual)
    {
        Assert.Equal(expected.Nodes.OrderBy(k => k.Key), actual.Nodes.OrderBy(k => k.Key));
        Assert.Equal(expected.Edges.OrderBy(k => k.Key), actual.Edges.OrderBy(k => k.Key));
    }
}
