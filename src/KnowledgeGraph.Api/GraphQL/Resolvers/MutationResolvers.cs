using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Caching.ResponseCache;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Metadata;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Model;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>
/// Loading and curation. Every mutation checks its role first and bumps the response cache's graph version after
/// it changed the graph, so no instance serves an answer computed before the change.
/// </summary>
public static class MutationResolvers
{
    public const int MaxReportCharacters = 5_000_000;

    public static void Register(SchemaBuilder b)
    {
        b.ResolveTask("Mutation", "ingestReport", async ctx =>
        {
            Require(ctx, Roles.Loader);
            var input = ctx.Argument<IReadOnlyDictionary<string, object?>>("input");
            var text = input["text"] as string ?? "";
            if (text.Length > MaxReportCharacters) throw ApiErrors.Create($"A report may have at most {MaxReportCharacters} characters.", ApiErrors.BadReport);
            var meta = input.TryGetValue("meta", out var m) && m is IReadOnlyDictionary<string, object?> metaInput ? Overrides(metaInput) : null;
            var sourceName = input.TryGetValue("sourceName", out var s) ? s as string : null;

            KnowledgeGraph.Domain.Facts.ReportFacts facts;
            try
            {
                facts = ctx.Request.GetRequiredService<ReportExtractor>().Extract(text, meta, sourceName);
            }
            catch (ReportFormatException e)
            {
                throw ApiErrors.Create("The report could not be read: " + e.Message, ApiErrors.BadReport);
            }

            IngestResult result;
            try
            {
                result = await QueryResolvers.Store(ctx).IngestAsync(facts, ctx.CancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                throw ApiErrors.Create("The report could not be loaded: " + e.Message, ApiErrors.BadReport);
            }
            if (result.Outcome != IngestOutcome.Unchanged) await BumpAsync(ctx).ConfigureAwait(false);
            return new IngestReportPayloadView(result.ReportId,
                new FactCountsView(result.FactsAdded, result.FactsUpdated, result.FactsUnchanged, result.FactsRemoved),
                result.Outcome == IngestOutcome.Unchanged);
        });
        b.ResolveTask("IngestReportPayload", "report", ctx => ctx.NodeAsync<ReportNode>(ctx.ParentAs<IngestReportPayloadView>().ReportId));

        b.ResolveTask("Mutation", "deleteReport", async ctx =>
        {
            Require(ctx, Roles.Loader);
            var id = ctx.Argument<string>("id");
            var deleted = await QueryResolvers.Store(ctx).DeleteReportAsync(id, ctx.CancellationToken).ConfigureAwait(false)
                ?? throw ApiErrors.Create($"No report has the id \"{id}\".", ApiErrors.NotFound);
            await BumpAsync(ctx).ConfigureAwait(false);
            return new DeleteReportPayloadView(deleted.ReportId, deleted.FactsRemoved);
        });

        b.ResolveTask("Mutation", "confirmFact", ctx => CurateAsync(ctx, (store, actor) =>
            store.ConfirmFactAsync(ctx.Argument<string>("id"), actor, ctx.CancellationToken), ctx.ArgumentOrDefault<string?>("note", null)));
        b.ResolveTask("Mutation", "rejectFact", ctx => CurateAsync(ctx, (store, actor) =>
            store.RejectFactAsync(ctx.Argument<string>("id"), actor, ctx.CancellationToken), ctx.Argument<string>("reason")));
        b.ResolveTask("Mutation", "correctFact", ctx =>
        {
            var input = ctx.Argument<IReadOnlyDictionary<string, object?>>("input");
            var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var correction in (IEnumerable<object?>)input["corrections"]!)
            {
                var c = (IReadOnlyDictionary<string, object?>)correction!;
                changes[(string)c["field"]!] = c.TryGetValue("value", out var v) ? v as string : null;
            }
            if (changes.Count == 0) throw ApiErrors.Create("Give at least one correction.", ApiErrors.BadUserInput);
            return CurateAsync(ctx, (store, actor) => store.CorrectFactAsync((string)input["id"]!, changes, actor, ctx.CancellationToken),
                input.TryGetValue("note", out var note) ? note as string : null);
        });
        b.ResolveTask("CurationPayload", "node", ctx => ctx.NodeAsync(ctx.ParentAs<CurationPayloadView>().Id));

        b.ResolveTask("Mutation", "mergeEntities", async ctx =>
        {
            var kept = ctx.Argument<string>("keepId");
            var merged = ctx.Argument<string>("mergeId");
            await CurateAsync(ctx, (store, actor) => store.MergeEntitiesAsync(kept, merged, actor, ctx.CancellationToken), null).ConfigureAwait(false);
            return new MergeEntitiesPayloadView(kept, merged);
        });
        b.ResolveTask("MergeEntitiesPayload", "kept", async ctx =>
            await ctx.NodeAsync(ctx.ParentAs<MergeEntitiesPayloadView>().KeptId).ConfigureAwait(false)
            ?? throw ApiErrors.Create("The kept entity is no longer in the graph.", ApiErrors.NotFound));
    }

    private static async Task<CurationPayloadView> CurateAsync(
        ResolveContext ctx, Func<IGraphStore, CurationActor, Task<CurationResult>> curate, string? note)
    {
        Require(ctx, Roles.Curator);
        var actor = new CurationActor(ctx.User?.Identity?.Name ?? "curator", note);
        try
        {
            var result = await curate(QueryResolvers.Store(ctx), actor).ConfigureAwait(false);
            await BumpAsync(ctx).ConfigureAwait(false);
            return new CurationPayloadView(result.FactId, result.Status);
        }
        catch (CurationException e)
        {
            throw ApiErrors.Create(e.Message, ApiErrors.BadUserInput);
        }
    }

    private static void Require(ResolveContext ctx, string role)
    {
        if (ctx.User?.Identity?.IsAuthenticated != true)
        {
            throw ApiErrors.Create($"This mutation needs an API key with the {role} role.", ApiErrors.Unauthenticated);
        }
        if (!ctx.User.IsInRole(role))
        {
            throw ApiErrors.Create($"This mutation needs the {role} role.", ApiErrors.Forbidden);
        }
    }

    private static async Task BumpAsync(ResolveContext ctx) =>
        await ctx.Request.GetRequiredService<IResponseCache>().BumpGraphVersionAsync(CancellationToken.None).ConfigureAwait(false);

    private static ReportMetaOverrides Overrides(IReadOnlyDictionary<string, object?> meta) => new()
    {
        Jurisdiction = meta.GetValueOrDefault("jurisdiction") as string,
        Level = meta.GetValueOrDefault("level") as RegionLevel?,
        ParentCity = meta.GetValueOrDefault("parentCity") as string,
        Province = meta.GetValueOrDefault("province") as string,
        Year = meta.GetValueOrDefault("year") as int?,
        Issuer = meta.GetValueOrDefault("issuer") as string,
        IssuedDate = meta.GetValueOrDefault("issuedDate") as DateOnly?,
    };
}
