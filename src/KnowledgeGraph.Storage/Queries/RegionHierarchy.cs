namespace KnowledgeGraph.Storage.Queries;

/// <summary>
/// How many PART_OF steps every walk of the region hierarchy follows, in both stores: a county's sub-regions in
/// filters and region batches, the ancestors a collective delegation (各乡镇) reaches down from, and the nesting
/// check that refuses a merge. Province → city → county → township is 3; the rest is room for zones and
/// sub-districts, and the bound keeps a PART_OF cycle from running away.
/// </summary>
public static class RegionHierarchy
{
    public const int MaxDepth = 8;
}
